package io.closedloop.cases;

import io.closedloop.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ladder of one case in one phase, in time: each level with the instant it is due (its
 * earliest row's delay, counted in the team's business time from the phase's deadline).
 */
public record EscalationLevels(List<Level> levels) {

  /** One level: when it is due and what its rows do. */
  public record Level(int number, Instant due, List<EscalationStep> steps) {}

  public EscalationLevels {
    levels = List.copyOf(levels);
  }

  /**
   * The levels of these steps after {@code deadline}, ordered by level number. A level of no hours
   * after the deadline is due at the deadline itself, even when that is the team's closing time
   * (where a deadline counted in business hours often ends) or outside working hours.
   */
  public static EscalationLevels of(List<EscalationStep> steps, Instant deadline, BusinessCalendar calendar) {
    Map<Integer, List<EscalationStep>> byLevel = steps.stream()
        .collect(Collectors.groupingBy(EscalationStep::level, TreeMap::new, Collectors.toList()));
    return new EscalationLevels(byLevel.entrySet().stream().map(level -> {
      int hours = level.getValue().stream().mapToInt(EscalationStep::businessHoursAfterDeadline).min().orElseThrow();
      Instant due = hours == 0 ? deadline : calendar.plus(deadline, Duration.ofHours(hours));
      return new Level(level.getKey(), due, level.getValue());
    }).toList());
  }

  /**
   * The levels above {@code reached} to apply at {@code now}, lowest first: up to the highest level
   * that is due, passing through lower ones not yet reached (a late job catches up on all of them).
   */
  public List<Level> dueAbove(int reached, Instant now) {
    int highestDue = levels.stream().filter(level -> level.number() > reached && !level.due().isAfter(now))
        .mapToInt(Level::number).max().orElse(reached);
    return throughLevel(reached, highestDue);
  }

  /** The instant the next level above {@code reached} is due, if any is left. */
  public Optional<Instant> nextAbove(int reached) {
    return levels.stream().filter(level -> level.number() > reached).map(Level::due).min(Comparator.naturalOrder());
  }

  /** The levels up to and including {@code level} above {@code reached}, whenever due. */
  public List<Level> throughLevel(int reached, int level) {
    return levels.stream().filter(each -> each.number() > reached && each.number() <= level).toList();
  }
}
