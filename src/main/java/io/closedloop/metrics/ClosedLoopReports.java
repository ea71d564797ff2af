package io.closedloop.metrics;

import io.closedloop.metrics.facts.CaseFactColumns;
import io.closedloop.metrics.facts.CaseFactMirror;
import io.closedloop.metrics.facts.CaseFactWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The closed-loop KPIs of the cases opened in a period, counted in one pass over the case facts
 * held in memory ({@link CaseFactMirror}, kept equal to {@code case_fact}).
 */
@Component
public class ClosedLoopReports {

  private final CaseFactMirror caseFacts;
  private final Clock clock;

  ClosedLoopReports(CaseFactMirror caseFacts, Clock clock) {
    this.caseFacts = caseFacts;
    this.clock = clock;
  }

  /** The cases not closed yet (those overdue in each phase: {@code cases.OverdueCases}). */
  public record Backlog(long open) {}

  /** The open cases of the scope's teams now, whenever they were opened. */
  public Backlog backlog(Scope scope) {
    return caseFacts.read(CaseFactWindow.notClosed(), facts -> {
      boolean[] seenTeams = seenTeams(facts, scope);
      long open = 0;
      for (int slot = 0, size = facts.size(); slot < size; slot++) {
        if (!facts.is(CaseFactColumns.CLOSED, slot) && (seenTeams == null || seenTeams[facts.cut(GroupBy.TEAM, slot)])) {
          open++;
        }
      }
      return new Backlog(open);
    });
  }

  /**
   * One pass over the case facts held in memory (kept equal to {@code case_fact}): the total and,
   * when grouped, each group; the percentiles are exact, interpolated as PostgreSQL's percentile_cont.
   */
  public Report<ClosedLoopFigures> report(Period period, GroupBy groupBy, Scope scope) {
    Instant now = clock.instant();
    long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    return caseFacts.read(CaseFactWindow.openedIn(period), facts -> report(facts, period, groupBy, scope, nowMicros));
  }

  private static Report<ClosedLoopFigures> report(CaseFactColumns facts, Period period, GroupBy groupBy, Scope scope, long now) {
    int from = (int) period.from().toEpochDay();
    int to = (int) period.to().toEpochDay();
    boolean[] seenTeams = seenTeams(facts, scope);
    int[] timeBucket = groupBy != null && groupBy.isTime() ? timeBuckets(groupBy, period) : null;
    ClosedLoopTally total = new ClosedLoopTally(now);
    ClosedLoopTally[] tallies = new ClosedLoopTally[timeBucket != null ? timeBucket[timeBucket.length - 1] + 1 : facts.codes()];
    for (int slot = 0, size = facts.size(); slot < size; slot++) {
      int day = facts.day(slot);
      if (day < from || day > to || seenTeams != null && !seenTeams[facts.cut(GroupBy.TEAM, slot)]) {
        continue;
      }
      total.add(facts, slot);
      if (groupBy != null) {
        int key = timeBucket != null ? timeBucket[day - from] : facts.cut(groupBy, slot);
        if (tallies[key] == null) {
          tallies[key] = new ClosedLoopTally(now);
        }
        tallies[key].add(facts, slot);
      }
    }
    List<Group<ClosedLoopFigures>> groups = new ArrayList<>();
    if (timeBucket != null) {
      List<LocalDate> starts = TimeBuckets.starts(groupBy, period);
      for (int bucket = 0; bucket < starts.size(); bucket++) {
        groups.add(new Group<>(TimeBuckets.keyOf(groupBy, starts.get(bucket)),
            tallies[bucket] == null ? ClosedLoopFigures.NONE : tallies[bucket].figures()));
      }
    } else if (groupBy != null) {
      Map<String, ClosedLoopFigures> byCode = new TreeMap<>();
      for (int code = 0; code < tallies.length; code++) {
        if (tallies[code] != null) {
          byCode.put(facts.name(code), tallies[code].figures());
        }
      }
      byCode.forEach((code, figures) -> groups.add(new Group<>(code.isEmpty() ? null : code, figures)));
    }
    return new Report<>(period.from(), period.to(), total.figures(), groups);
  }

  /** For each code, whether it is a team of the scope; null when the scope has every team. */
  private static boolean[] seenTeams(CaseFactColumns facts, Scope scope) {
    if (scope.allTeams()) {
      return null;
    }
    boolean[] seen = new boolean[facts.codes()];
    scope.teams().stream().mapToInt(facts::codeOf).filter(code -> code >= 0).forEach(code -> seen[code] = true);
    return seen;
  }

  /** For each day of the period, the index of its week or month among the period's buckets. */
  private static int[] timeBuckets(GroupBy groupBy, Period period) {
    List<LocalDate> starts = TimeBuckets.starts(groupBy, period);
    int[] buckets = new int[(int) (period.to().toEpochDay() - period.from().toEpochDay()) + 1];
    int bucket = 0;
    for (int i = 0; i < buckets.length; i++) {
      LocalDate day = period.from().plusDays(i);
      while (bucket + 1 < starts.size() && !day.isBefore(starts.get(bucket + 1))) {
        bucket++;
      }
      buckets[i] = bucket;
    }
    return buckets;
  }
}
