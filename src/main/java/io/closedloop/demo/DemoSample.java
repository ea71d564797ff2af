package io.closedloop.demo;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.demo.generator.SampleGenerator;
import io.closedloop.demo.generator.SampleResponse;
import io.closedloop.demo.generator.SampleSettings;
import io.closedloop.intake.ReceivingResponse;
import io.closedloop.intake.ResponseReceipt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deterministic sample of about 90 days of responses drawn from the {@link SampleGenerator},
 * over several touchpoints, with English and Danish comments; detractors of the last two weeks open cases, and the older of those are
 * worked: most resolved with a root cause, some unreachable, some still in progress.
 */
@Component
class DemoSample {

  private static final int RESPONSES = 450;
  private static final Duration SPAN = Duration.ofDays(90);
  private static final Duration CASES_FOR_LAST = Duration.ofDays(14);
  private static final Duration WORKED_AFTER = Duration.ofDays(4);
  /** Who the demo sample's responses are recorded as posted by. */
  private static final String POSTED_BY = "demo-data";
  private static final List<Outcome> OUTCOMES = List.of(Outcome.RECOVERED, Outcome.PARTIALLY_RECOVERED, Outcome.RECOVERED, Outcome.NOT_RECOVERED);

  private final ReceivingResponse receiving;
  private final ClaimingCase claiming;
  private final LoggingContactAttempt logging;
  private final ResolvingCase resolving;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoSample(ReceivingResponse receiving, ClaimingCase claiming, LoggingContactAttempt logging, ResolvingCase resolving,
      JdbcClient jdbc, Clock clock) {
    this.receiving = receiving;
    this.claiming = claiming;
    this.logging = logging;
    this.resolving = resolving;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean databaseIsEmpty() {
    return jdbc.sql("select not exists (select 1 from response)").query(Boolean.class).single();
  }

  void create() {
    Instant now = clock.instant();
    SampleGenerator generator = new SampleGenerator(
        new SampleSettings(RESPONSES, 20260301L, now, SPAN, "demo-"));
    int worked = 0;
    for (SampleResponse sample : (Iterable<SampleResponse>) generator.responses()::iterator) {
      ResponseReceipt receipt = receiving.receive(sample.toNewResponse(), sample.answeredAt().isAfter(now.minus(CASES_FOR_LAST)), POSTED_BY);
      if (receipt.caseId() != null && sample.answeredAt().isBefore(now.minus(WORKED_AFTER))) {
        work(new CaseId(receipt.caseId()), sample.rootCause(), worked++);
      }
    }
  }

  /** Works older demo cases the way agents do: most resolved, some unreachable, some still in progress. */
  private void work(CaseId caseId, String rootCause, int index) {
    String agent = index % 2 == 0 ? "alice" : "bob";
    claiming.claim(caseId, agent);
    switch (index % 5) {
      case 0, 1, 2 -> {
        logging.log(new LogContactAttempt(caseId, Channel.PHONE, true, "Talked it through with the customer", agent));
        resolving.resolve(new ResolveCase(caseId, rootCause, OUTCOMES.get(index % OUTCOMES.size()),
            "Listened, apologised and agreed on next steps", "Thank you for telling us; here is what we changed.", null, agent));
      }
      case 3 -> {
        for (int attempt = 0; attempt < 3; attempt++) {
          logging.log(new LogContactAttempt(caseId, Channel.PHONE, false, "No answer", agent));
        }
      }
      default -> logging.log(new LogContactAttempt(caseId, Channel.EMAIL, false, "Sent an email, waiting for an answer", agent));
    }
  }

}
