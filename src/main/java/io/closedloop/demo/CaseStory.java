package io.closedloop.demo;

import io.closedloop.calendar.BusinessCalendar;
import io.closedloop.cases.Channel;
import io.closedloop.cases.Outcome;
import io.closedloop.demo.generator.SampleResponse;
import io.closedloop.demo.generator.SampleResponse.CaseFate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the agents worked one demo case, as steps at instants: claimed from the queue within the
 * first business hour, the first call after a few business hours (more when the team is busy),
 * a missed call retried a little later or the next business day, three missed calls and the case closes as
 * unreachable, escalated when the call-back deadline passed first, resolved on or after the call.
 * A few cases are forgotten after the claim and called days late. This week the team is behind:
 * cases of the last days wait longer in the queue, so the inbox has work and some are overdue.
 * The same response always tells the same story; only the steps up to {@code now} have happened.
 */
record CaseStory(List<Step> steps) {

  /** One thing that happened to the case. */
  sealed interface Step permits Claimed, Attempted, Escalated, Resolved {
    Instant at();
  }

  record Claimed(Instant at, String agent) implements Step {}

  record Attempted(Instant at, Channel channel, boolean reached, String note) implements Step {}

  record Escalated(Instant at, int level) implements Step {}

  record Resolved(Instant at, Outcome outcome, String notes, String message) implements Step {}

  static final int MAX_FAILED_ATTEMPTS = 3;
  private static final double MEDIAN_FIRST_CALL_HOURS = 1.5;
  private static final double SPREAD = 0.9;
  private static final int REACHED_PER_CENT = 80;
  private static final int UNREACHABLE_CUSTOMERS_PER_CENT = 3;
  private static final int FORGOTTEN_PER_CENT = 3;
  private static final Duration BEHIND_FOR = Duration.ofDays(4);
  private static final List<String> AGENTS = List.of("alice", "bob");
  private static final List<String> MISSED = List.of("No answer", "Voicemail, left a message", "Busy, will try again",
      "The number rang out");
  private static final List<String> NOTES = List.of("Listened, apologised and agreed on next steps",
      "Explained what went wrong and what we changed", "Offered a credit note, the customer accepted",
      "Booked a follow-up with the store manager", "Walked the customer through the new invoice page");
  private static final List<String> MESSAGES = List.of("Thank you for telling us; here is what we changed.",
      "Thanks for your time on the phone today. As promised, we have fixed it.",
      "Tak for snakken i dag. Vi har rettet fejlen som aftalt.");

  /**
   * The story of {@code response}'s case, opened at {@code opened} with the call-back deadline
   * {@code callbackDue} and the level-two escalation at {@code levelTwoAt}, as far as it got by {@code now}.
   */
  static CaseStory of(SampleResponse response, Instant opened, Instant callbackDue, Instant levelTwoAt, BusinessCalendar calendar,
      Instant now) {
    SplittableRandom random = new SplittableRandom(response.externalId().hashCode() * 0x9E3779B97F4A7C15L);
    List<Step> steps = new ArrayList<>();
    String agent = AGENTS.get(random.nextInt(AGENTS.size()));
    boolean behind = opened.isAfter(now.minus(BEHIND_FOR));
    Instant claimed = calendar.plus(opened, hours(behind ? 6 + random.nextDouble() * 18 : 0.05 + random.nextDouble() * 0.6));
    steps.add(new Claimed(claimed, agent));
    boolean forgotten = random.nextInt(100) < FORGOTTEN_PER_CENT;
    boolean unreachable = response.fate() == CaseFate.UNREACHABLE && random.nextInt(100) < 30
        || random.nextInt(100) < UNREACHABLE_CUSTOMERS_PER_CENT;
    Instant reached = null;
    Instant attempt = calendar.plus(claimed, hours(forgotten ? 24 + random.nextDouble() * 56 : firstCallHours(random)));
    for (int failed = 0; reached == null && failed < MAX_FAILED_ATTEMPTS; ) {
      boolean answered = !unreachable && random.nextInt(100) < REACHED_PER_CENT;
      Channel channel = failed == 2 ? Channel.SMS : random.nextInt(10) == 0 ? Channel.EMAIL : Channel.PHONE;
      if (answered) {
        reached = attempt;
        steps.add(new Attempted(attempt, channel, true, "Talked it through with the customer"));
      } else {
        failed++;
        steps.add(new Attempted(attempt, channel, false, MISSED.get(random.nextInt(MISSED.size()))));
        attempt = random.nextBoolean() ? calendar.plus(attempt, hours(1 + random.nextDouble() * 2))
            : calendar.plus(calendar.startOfNextBusinessDay(attempt), hours(0.1 + random.nextDouble() * 3));
      }
    }
    if (reached == null || reached.isAfter(callbackDue)) {
      steps.add(new Escalated(callbackDue, 1));
    }
    if (reached == null || reached.isAfter(levelTwoAt)) {
      steps.add(new Escalated(levelTwoAt, 2));
    }
    if (reached != null) {
      Duration toResolve = random.nextInt(100) < 75 ? hours(0.1 + random.nextDouble() * 0.8) : hours(2 + random.nextDouble() * 14);
      steps.add(new Resolved(calendar.plus(reached, toResolve), outcome(response.fate(), random),
          NOTES.get(random.nextInt(NOTES.size())), MESSAGES.get(random.nextInt(MESSAGES.size()))));
    }
    steps.sort(Comparator.comparing(Step::at));
    return new CaseStory(steps.stream().filter(step -> !step.at().isAfter(now)).toList());
  }

  /** Business hours from the claim to the first call: a few as a rule, a day or two when the queue is long. */
  private static double firstCallHours(SplittableRandom random) {
    double normal = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    return Math.min(30, MEDIAN_FIRST_CALL_HOURS * Math.exp(SPREAD * normal));
  }

  private static Outcome outcome(CaseFate fate, SplittableRandom random) {
    return switch (fate) {
      case RESOLVED_RECOVERED -> Outcome.RECOVERED;
      case RESOLVED_PARTIALLY_RECOVERED -> Outcome.PARTIALLY_RECOVERED;
      case RESOLVED_NOT_RECOVERED -> Outcome.NOT_RECOVERED;
      default -> Outcome.values()[random.nextInt(Outcome.values().length)];
    };
  }

  private static Duration hours(double hours) {
    return Duration.ofSeconds(Math.round(hours * 3600));
  }
}
