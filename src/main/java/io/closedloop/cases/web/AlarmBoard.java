package io.closedloop.cases.web;

import io.closedloop.cases.AlarmReviews.AlarmReview;
import io.closedloop.cases.CaseSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The alarming open cases of a board: those whose alarm waits for a review (the to-do, counted),
 * and those reviewed, with who reviewed them and when.
 *
 * @param everyTeam whether the cases come from every team (the head of customer experience's board)
 */
record AlarmBoard(List<CaseSummary> toReview, List<Reviewed> reviewed, boolean everyTeam) {

  static AlarmBoard of(List<CaseSummary> open, Map<UUID, AlarmReview> reviews, boolean everyTeam) {
    List<CaseSummary> alarming = open.stream().filter(CaseSummary::alarming).toList();
    return new AlarmBoard(alarming.stream().filter(summary -> !reviews.containsKey(summary.id())).toList(),
        alarming.stream().filter(summary -> reviews.containsKey(summary.id()))
            .map(summary -> new Reviewed(summary, reviews.get(summary.id()))).toList(),
        everyTeam);
  }

  /** An alarming case whose alarm was reviewed. */
  record Reviewed(CaseSummary summary, AlarmReview review) {}
}
