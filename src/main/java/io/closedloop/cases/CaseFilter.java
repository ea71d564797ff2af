package io.closedloop.cases;

import java.time.Instant;
import java.util.List;

/**
 * What to list: each field narrows the list when set. {@code overdue} names the missed deadline
 * ({@link Overdue}); {@code q} matches part of the customer's name, email, phone
 * number or external id, or of the response's external id or comment.
 */
public record CaseFilter(CaseStatus status, String owner, String team, Overdue overdue, Instant dueBefore, Boolean alarming,
    String touchpoint, String q, Visibility visibility) {

  public static CaseFilter none() {
    return new CaseFilter(null, null, null, null, null, null, null, null, null);
  }

  public CaseFilter visibleTo(Visibility visibility) {
    return new CaseFilter(status, owner, team, overdue, dueBefore, alarming, touchpoint, q, visibility);
  }

  /** Limits a list to the cases of some teams plus the cases one user owns (null = everything). */
  public record Visibility(List<String> teams, String owner) {}
}
