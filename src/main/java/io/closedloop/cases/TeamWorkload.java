package io.closedloop.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's open work per owner: open cases, due today (the deadline of the phase each case is in),
 * overdue to call back, escalated, and overdue to resolve. Every member gets a
 * row (also with nothing to do); owners outside the team get one too; the unclaimed queue is kept apart.
 */
public record TeamWorkload(List<Row> owners, Row queue) {

  /** The counts of one owner (or of the queue, with a null owner). */
  public record Row(String owner, int open, int dueToday, int overdue, int escalated, int resolutionOverdue) {

    static Row empty(String owner) {
      return new Row(owner, 0, 0, 0, 0, 0);
    }

    Row plus(CaseSummary summary, Instant now, Instant endOfToday) {
      Instant due = summary.phase() == CasePhase.RESOLUTION ? summary.resolutionDue() : summary.callbackDue();
      boolean dueLaterToday = due != null && !summary.overdue() && due.isBefore(endOfToday) && !due.isBefore(now);
      boolean escalatedInAnyPhase = summary.escalationLevel() > 0 || summary.resolutionEscalationLevel() > 0;
      return new Row(owner, open + 1, dueToday + (dueLaterToday ? 1 : 0), overdue + (summary.callBackOverdue() ? 1 : 0),
          escalated + (escalatedInAnyPhase ? 1 : 0), resolutionOverdue + (summary.resolutionOverdue() ? 1 : 0));
    }
  }

  public static TeamWorkload of(Collection<String> members, List<CaseSummary> openCases, Instant now, Instant endOfToday) {
    Map<String, Row> rows = new LinkedHashMap<>();
    members.forEach(member -> rows.put(member, Row.empty(member)));
    Row queue = Row.empty(null);
    for (CaseSummary summary : openCases) {
      if (summary.status().isClosed()) {
        continue;
      }
      if (summary.owner() == null) {
        queue = queue.plus(summary, now, endOfToday);
      } else {
        rows.put(summary.owner(), rows.getOrDefault(summary.owner(), Row.empty(summary.owner())).plus(summary, now, endOfToday));
      }
    }
    return new TeamWorkload(new ArrayList<>(rows.values()), queue);
  }
}
