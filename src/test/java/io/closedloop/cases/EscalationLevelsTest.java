package io.closedloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.cases.EscalationLevels.Level;
import io.closedloop.cases.EscalationStep.Recipients;
import io.closedloop.calendar.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationLevelsTest {

  // Monday 10:00 in Copenhagen (CEST): the standard calendar works 08:00-16:00.
  private static final Instant DEADLINE = Instant.parse("2026-06-01T08:00:00Z");
  private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();

  private static final EscalationStep MANAGERS = new EscalationStep(1, 0, Recipients.TEAM_MANAGERS, null, EscalationAction.NOTIFY, null);
  private static final EscalationStep RAISE = new EscalationStep(1, 2, Recipients.TEAM, null, EscalationAction.RAISE_PRIORITY, null);
  private static final EscalationStep LEADS = new EscalationStep(2, 4, Recipients.GROUP, "cx-leads", EscalationAction.NOTIFY, null);
  private static final EscalationStep BOB = new EscalationStep(3, 8, Recipients.USER, "mike", EscalationAction.REASSIGN_TO_USER, "bob");

  @Test
  void each_level_is_due_its_business_hours_after_the_deadline_and_rows_of_one_level_act_together_at_the_earliest() {
    EscalationLevels levels = EscalationLevels.of(List.of(LEADS, MANAGERS, BOB, RAISE), DEADLINE, CALENDAR);

    assertThat(levels.levels()).extracting(Level::number).containsExactly(1, 2, 3);
    assertThat(levels.levels().get(0).due()).isEqualTo(DEADLINE);
    assertThat(levels.levels().get(0).steps()).containsExactly(MANAGERS, RAISE);
    assertThat(levels.levels().get(1).due()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
    assertThat(levels.levels().get(2).due()).as("eight business hours run into the next working day")
        .isEqualTo(Instant.parse("2026-06-02T08:00:00Z"));
  }

  @Test
  void nothing_is_due_before_the_first_level_and_the_next_one_is_named() {
    EscalationLevels levels = EscalationLevels.of(List.of(MANAGERS, LEADS), DEADLINE, CALENDAR);

    assertThat(levels.dueAbove(0, DEADLINE.minusSeconds(1))).isEmpty();
    assertThat(levels.nextAbove(0)).contains(DEADLINE);
    assertThat(levels.nextAbove(1)).contains(Instant.parse("2026-06-01T12:00:00Z"));
    assertThat(levels.nextAbove(2)).isEmpty();
  }

  @Test
  void a_late_run_applies_every_level_that_came_due_lowest_first_and_none_already_reached() {
    EscalationLevels levels = EscalationLevels.of(List.of(MANAGERS, LEADS, BOB), DEADLINE, CALENDAR);

    assertThat(levels.dueAbove(0, Instant.parse("2026-06-01T13:00:00Z"))).extracting(Level::number).containsExactly(1, 2);
    assertThat(levels.dueAbove(1, Instant.parse("2026-06-01T13:00:00Z"))).extracting(Level::number).containsExactly(2);
    assertThat(levels.dueAbove(2, Instant.parse("2026-06-01T13:00:00Z"))).isEmpty();
  }

  @Test
  void a_higher_level_due_before_a_lower_one_passes_through_the_lower_one() {
    EscalationStep early = new EscalationStep(2, 0, Recipients.TEAM, null, EscalationAction.NOTIFY, null);
    EscalationStep late = new EscalationStep(1, 4, Recipients.TEAM_MANAGERS, null, EscalationAction.NOTIFY, null);
    EscalationLevels levels = EscalationLevels.of(List.of(early, late), DEADLINE, CALENDAR);

    assertThat(levels.dueAbove(0, DEADLINE)).extracting(Level::number).containsExactly(1, 2);
  }

  @Test
  void a_level_at_the_deadline_is_due_at_the_deadline_even_at_closing_time_and_a_later_one_counts_from_the_next_opening() {
    Instant fridayClosing = Instant.parse("2026-06-05T14:00:00Z");

    EscalationLevels levels = EscalationLevels.of(List.of(MANAGERS, LEADS), fridayClosing, CALENDAR);

    assertThat(levels.nextAbove(0)).contains(fridayClosing);
    assertThat(levels.nextAbove(1)).contains(Instant.parse("2026-06-08T10:00:00Z"));
  }

  @Test
  void a_ladder_without_rows_has_no_level() {
    EscalationLevels levels = EscalationLevels.of(List.of(), DEADLINE, CALENDAR);

    assertThat(levels.dueAbove(0, DEADLINE.plusSeconds(86_400))).isEmpty();
    assertThat(levels.nextAbove(0)).isEmpty();
  }
}
