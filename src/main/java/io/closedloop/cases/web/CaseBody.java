package io.closedloop.cases.web;

import io.closedloop.cases.CaseQueries.CaseDetail;
import io.closedloop.cases.CasePhase;
import io.closedloop.cases.CaseStatus;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.CustomerCard;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.Priority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as the API shows it, with its contact attempts, timeline and customer; {@code phase} and
 * {@code overdue} tell which deadline applies now and whether it passed.
 */
record CaseBody(UUID id, UUID responseId, CaseStatus status, String owner, String team, String touchpoint, Priority priority,
    boolean alarming, Instant createdAt, Instant callbackDue, boolean overdue, int escalationLevel, Instant nextAttemptDue,
    CasePhase phase, Instant resolutionDue, int resolutionEscalationLevel, List<Attempt> contactAttempts, String rootCause, Outcome outcome, String closeTheLoopMessage,
    CloseTheLoopChannel closeTheLoopChannel, String notes, Instant closedAt, List<Event> timeline, CustomerCard customer) {

  static CaseBody of(CaseDetail detail, CustomerCard customer) {
    DetractorCase c = detail.detractorCase();
    return new CaseBody(c.getId(), c.getResponseId(), c.getStatus(), c.getOwner(), c.getTeam(), c.getTouchpoint(), c.getPriority(),
        c.isAlarming(), c.getCreatedAt(), c.getCallbackDue(), c.isOverdue(detail.now()), c.getEscalationLevel(), c.getNextAttemptDue(),
        c.phase(), c.getResolutionDue(), c.getResolutionEscalationLevel(),
        detail.contactAttempts().stream().map(a -> new Attempt(a.getAt(), a.getBy(), a.getChannel().name(), a.isReached(), a.getNote())).toList(),
        c.getRootCause(), c.getOutcome(), c.getCloseTheLoopMessage(), c.getCloseTheLoopChannel(), c.getNotes(), c.getClosedAt(),
        detail.timeline().stream().map(e -> new Event(e.getAt(), e.getActor(), e.getType(), e.getDetail())).toList(), customer);
  }

  /** One contact attempt. */
  record Attempt(Instant at, String by, String channel, boolean reached, String note) {}

  /** One timeline event. */
  record Event(Instant at, String actor, String type, String detail) {}
}
