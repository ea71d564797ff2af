package io.closedloop.demo;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.intake.NewResponse;
import io.closedloop.intake.ResponseReceipt;
import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.ReceivingResponse;
import io.closedloop.intake.ServicePreference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deterministic sample of about 90 days of responses over several touchpoints, with English
 * and Danish comments; detractors of the last two weeks open cases, and the older of those are
 * worked: most resolved with a root cause, some unreachable, some still in progress.
 */
@Component
class DemoSample {

  private static final int RESPONSES = 450;
  private static final Duration SPAN = Duration.ofDays(90);
  private static final Duration CASES_FOR_LAST = Duration.ofDays(14);
  private static final Duration WORKED_AFTER = Duration.ofDays(4);
  private static final List<Outcome> OUTCOMES = List.of(Outcome.RECOVERED, Outcome.PARTIALLY_RECOVERED, Outcome.RECOVERED, Outcome.NOT_RECOVERED);

  private static final List<Touchpoint> TOUCHPOINTS = List.of(
      new Touchpoint("website", "web", new int[] {1, 1, 2, 2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10}),
      new Touchpoint("customer-service", "customer-service", new int[] {2, 4, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10}),
      new Touchpoint("store", "stores", new int[] {5, 7, 8, 9, 9, 9, 10, 10, 10, 10}),
      new Touchpoint("invoice", "customer-service", new int[] {0, 3, 5, 6, 7, 8, 8, 9, 10}));
  private static final List<Reason> DETRACTOR_REASONS = List.of(
      new Reason("I waited 40 minutes on the phone before anyone answered.", "service.waiting-time"),
      new Reason("Jeg ventede over en time i telefonkøen.", "service.waiting-time"),
      new Reason("The website is messy, I could not find the invoice.", "website.navigation"),
      new Reason("Hjemmesiden er rodet og chatten virker ikke.", "website.chat"),
      new Reason("Too expensive for what you get.", "price.too-high"),
      new Reason("Prisen er alt for høj i forhold til konkurrenterne.", "price.too-high"),
      new Reason("Nobody solved my problem, I had to call three times.", "service.unsolved-problem"),
      new Reason("Mit problem blev ikke løst. Jeg overvejer at opsige mit abonnement.", "service.unsolved-problem"),
      new Reason("Rude staff in the store.", "staff.attitude"),
      new Reason("I will cancel my subscription if this is not fixed.", "product.defect"),
      new Reason("The invoice was wrong again.", "billing.wrong-invoice"),
      new Reason("Levering kom en uge for sent.", "delivery.late"));
  private static final List<String> OTHER_COMMENTS = List.of(
      "Fine, but the app could be faster.",
      "Fint nok, men lidt dyrt.",
      "Great help from the staff, thank you!",
      "Super god service i butikken.",
      "Quick answer in the chat.",
      "Hurtig levering, tak.",
      "");
  private static final List<String> NAMES = List.of(
      "Mette Hansen", "Lars Nielsen", "Sofie Jensen", "Anders Pedersen", "Emma Andersen", "Jonas Christensen",
      "Ida Larsen", "Mikkel Sørensen", "Freja Rasmussen", "Oliver Jørgensen", "Clara Madsen", "William Kristensen",
      "Anna Olsen", "Noah Thomsen", "Laura Poulsen", "Lucas Johansen", "Olivia Smith", "James Brown");
  private static final List<String> SEGMENTS = List.of("private", "small-business", "enterprise");
  private static final List<String> EMPLOYEES = List.of("agent-anna", "agent-jens", "store-lone", "store-peter");

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
    Random random = new Random(20260301L);
    Instant now = clock.instant();
    int worked = 0;
    for (int i = 0; i < RESPONSES; i++) {
      Instant answeredAt = now.minus(SPAN).plusSeconds((long) (SPAN.toSeconds() * ((i + random.nextDouble()) / RESPONSES)));
      Touchpoint touchpoint = TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size()));
      int score = touchpoint.scores()[random.nextInt(touchpoint.scores().length)];
      int customer = random.nextInt(NAMES.size() * 8);
      Reason reason = pick(DETRACTOR_REASONS, random);
      String comment = score <= 6 ? reason.comment() : pick(OTHER_COMMENTS, random);
      NewResponse response = new NewResponse("demo-" + i, score, comment.isEmpty() ? null : comment, answeredAt,
          touchpoint.code(), touchpoint.team(), pick(EMPLOYEES, random), random.nextBoolean() ? "subscription" : "hardware",
          random.nextInt(5) == 0 ? "SE" : "DK", random.nextInt(3) == 0 ? "en" : "da",
          new CustomerDetails("demo-customer-" + customer, NAMES.get(customer % NAMES.size()),
              "customer" + customer + "@example.com", "+45 20 " + (100000 + customer * 37), pick(SEGMENTS, random),
              ServicePreference.values()[customer % ServicePreference.values().length], null));
      ResponseReceipt receipt = receiving.receive(response, answeredAt.isAfter(now.minus(CASES_FOR_LAST)));
      if (receipt.caseId() != null && answeredAt.isBefore(now.minus(WORKED_AFTER))) {
        work(new CaseId(receipt.caseId()), reason, worked++);
      }
    }
  }

  /** Works older demo cases the way agents do: most resolved, some unreachable, some still in progress. */
  private void work(CaseId caseId, Reason reason, int index) {
    String agent = index % 2 == 0 ? "alice" : "bob";
    claiming.claim(caseId, agent);
    switch (index % 5) {
      case 0, 1, 2 -> {
        logging.log(new LogContactAttempt(caseId, Channel.PHONE, true, "Talked it through with the customer", agent));
        resolving.resolve(new ResolveCase(caseId, reason.rootCause(), OUTCOMES.get(index % OUTCOMES.size()),
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

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private record Touchpoint(String code, String team, int[] scores) {}

  private record Reason(String comment, String rootCause) {}
}
