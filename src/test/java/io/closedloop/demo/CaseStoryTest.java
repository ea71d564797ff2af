package io.closedloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.calendar.BusinessCalendar;
import io.closedloop.calendar.CallbackDeadline;
import io.closedloop.demo.CaseStory.Attempted;
import io.closedloop.demo.CaseStory.Claimed;
import io.closedloop.demo.CaseStory.Escalated;
import io.closedloop.demo.CaseStory.Resolved;
import io.closedloop.demo.CaseStory.Step;
import io.closedloop.demo.generator.SampleGenerator;
import io.closedloop.demo.generator.SampleResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stories of the demo cases: believable on their own, and over a quarter. */
class CaseStoryTest {

  private static final Instant NOW = Instant.parse("2026-09-16T10:30:00Z");
  private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();
  private static final CallbackDeadline DEADLINE = CallbackDeadline.standard();

  @Test
  void the_same_response_always_tells_the_same_story() {
    SampleResponse detractor = detractors().get(0);

    assertThat(story(detractor)).isEqualTo(story(detractor));
  }

  @Test
  void a_story_is_told_in_order_only_up_to_now_and_the_case_is_claimed_before_any_call() {
    for (SampleResponse detractor : detractors()) {
      List<Step> steps = story(detractor).steps();
      assertThat(steps).extracting(Step::at).isSorted().allMatch(at -> !at.isAfter(NOW) && !at.isBefore(detractor.answeredAt()));
      int claim = steps.indexOf(steps.stream().filter(Claimed.class::isInstance).findFirst().orElse(null));
      int firstCall = steps.indexOf(steps.stream().filter(Attempted.class::isInstance).findFirst().orElse(null));
      assertThat(firstCall < 0 || claim >= 0 && claim < firstCall).as(detractor.externalId()).isTrue();
    }
  }

  @Test
  void most_cases_of_the_last_two_days_still_wait_for_a_call_and_none_older_than_a_month_is_open() {
    int recent = 0;
    int waiting = 0;
    for (int week = 0; week < 12; week++) {
      Instant now = NOW.minus(Duration.ofDays(7L * week + week % 5));
      for (SampleResponse detractor : detractors(now)) {
        List<Step> steps = story(detractor, now).steps();
        boolean reached = steps.stream().anyMatch(step -> step instanceof Attempted attempt && attempt.reached());
        boolean closed = steps.stream().anyMatch(Resolved.class::isInstance) || missed(steps) == CaseStory.MAX_FAILED_ATTEMPTS;
        if (detractor.answeredAt().isAfter(now.minus(Duration.ofDays(2)))) {
          recent++;
          waiting += reached ? 0 : 1;
        }
        if (detractor.answeredAt().isBefore(now.minus(Duration.ofDays(30)))) {
          assertThat(closed).as("%s, quarter up to %s", detractor.externalId(), now).isTrue();
        }
      }
    }

    assertThat(recent).isGreaterThan(20);
    assertThat(waiting / (double) recent).isGreaterThan(0.6);
  }

  private static long missed(List<Step> steps) {
    return steps.stream().filter(step -> step instanceof Attempted attempt && !attempt.reached()).count();
  }

  @Test
  void a_case_is_resolved_only_after_the_customer_was_reached_and_never_after_three_missed_calls() {
    for (SampleResponse detractor : detractors()) {
      List<Step> steps = story(detractor).steps();
      List<Attempted> attempts = steps.stream().filter(Attempted.class::isInstance).map(Attempted.class::cast).toList();
      long missed = attempts.stream().filter(attempt -> !attempt.reached()).count();
      assertThat(missed).isLessThanOrEqualTo(CaseStory.MAX_FAILED_ATTEMPTS);
      if (steps.stream().anyMatch(Resolved.class::isInstance)) {
        assertThat(attempts).last().extracting(Attempted::reached).isEqualTo(true);
      }
    }
  }

  @Test
  void over_any_quarter_of_the_year_first_calls_come_after_a_few_hours_and_most_within_the_deadline() {
    for (int month = 0; month < 12; month++) {
      for (Instant now : List.of(NOW.minus(Duration.ofDays(30L * month)), NOW.minus(Duration.ofDays(30L * month + 3)).minus(Duration.ofHours(7)))) {
        assertBelievable(now);
      }
    }
  }

  /** The figures the dashboard shows: hours are wall-clock, from the answer to the first reached call. */
  private static void assertBelievable(Instant now) {
    List<Double> firstContactHours = new ArrayList<>();
    int dueOrReached = 0;
    int withinSla = 0;
    int escalated = 0;
    int unreachable = 0;
    List<SampleResponse> detractors = detractors(now);
    for (SampleResponse detractor : detractors) {
      Instant due = due(detractor);
      List<Step> steps = story(detractor, now).steps();
      Instant reached = steps.stream().filter(step -> step instanceof Attempted attempt && attempt.reached()).map(Step::at)
          .findFirst().orElse(null);
      if (reached != null) {
        firstContactHours.add(Duration.between(detractor.answeredAt(), reached).toMinutes() / 60.0);
      }
      if (reached != null || due.isBefore(now)) {
        dueOrReached++;
        withinSla += reached != null && !reached.isAfter(due) ? 1 : 0;
      }
      escalated += steps.stream().anyMatch(Escalated.class::isInstance) ? 1 : 0;
      unreachable += steps.stream().filter(step -> step instanceof Attempted attempt && !attempt.reached()).count()
          == CaseStory.MAX_FAILED_ATTEMPTS ? 1 : 0;
    }
    Collections.sort(firstContactHours);
    double median = firstContactHours.get(firstContactHours.size() / 2);
    assertThat(median).as("median hours to first contact, quarter up to %s", now).isBetween(2.0, 20.0);
    assertThat(withinSla / (double) dueOrReached).as("share within the SLA, quarter up to %s", now).isBetween(0.70, 0.95);
    assertThat(escalated).as("escalated, quarter up to %s", now).isBetween(detractors.size() / 20, detractors.size() / 2);
    assertThat(unreachable).as("unreachable, quarter up to %s", now).isBetween(detractors.size() / 50, detractors.size() / 5);
  }

  private static CaseStory story(SampleResponse detractor) {
    return story(detractor, NOW);
  }

  private static CaseStory story(SampleResponse detractor, Instant now) {
    Instant due = due(detractor);
    return CaseStory.of(detractor, detractor.answeredAt(), due, DEADLINE.levelTwoEscalationAt(due, CALENDAR), CALENDAR, now);
  }

  /** As the routing table decides: a very unhappy customer within 8 business hours, the others within 16. */
  private static Instant due(SampleResponse detractor) {
    return DEADLINE.callbackDue(detractor.answeredAt(), detractor.score() <= 3 ? 8 : 16, CALENDAR);
  }

  private static List<SampleResponse> detractors() {
    return detractors(NOW);
  }

  /** The detractors of the demo sample of the quarter up to {@code now}. */
  private static List<SampleResponse> detractors(Instant now) {
    return new SampleGenerator(DemoSample.settings(now)).responses().filter(SampleResponse::detractor).toList();
  }
}
