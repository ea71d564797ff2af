package io.closedloop.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's open work per owner: open cases, due today, overdue and escalated. Every member gets a
 * row (also with nothing to do); owners outside the team get one too; the unclaimed queue is kept apart.
 */
public record TeamWorkload(List<Row> owners, Row queue) {

  /** The counts of one owner (or of the queue, with a null owner). */
  public record Row(String owner, int open, int dueToday, int overdue, int escalated) {

    Row plus(CaseSummary summary, Instant now, Instant endOfToday) {
      boolean due = summary.callbackDue() != null;
      return new Row(owner, open + 1,
          dueToday + (due && !summary.overdue() && summary.callbackDue().isBefore(endOfToday) && !summary.callbackDue().isBefore(now) ? 1 : 0),
          overdue + (summary.overdue() ? 1 : 0), escalated + (summary.escalationLevel() > 0 ? 1 : 0));
    }
  }

  public static TeamWorkload of(Collection<String> members, List<CaseSummary> openCases, Instant now, Instant endOfToday) {
    Map<String, Row> rows = new LinkedHashMap<>();
    members.forEach(member -> rows.put(member, new Row(member, 0, 0, 0, 0)));
    Row queue = new Row(null, 0, 0, 0, 0);
    for (CaseSummary summary : openCases) {
      if (summary.status().isClosed()) {
        continue;
      }
      if (summary.owner() == null) {
        queue = queue.plus(summary, now, endOfToday);
      } else {
        rows.put(summary.owner(), rows.getOrDefault(summary.owner(), new Row(summary.owner(), 0, 0, 0, 0)).plus(summary, now, endOfToday));
      }
    }
    return new TeamWorkload(new ArrayList<>(rows.values()), queue);
  }
}
