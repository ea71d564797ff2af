package io.closedloop.webhooks;

import static io.closedloop.webhooks.Occurrence.fields;

import io.closedloop.cases.AlarmRaised;
import io.closedloop.cases.CaseEscalated;
import io.closedloop.cases.CasePhase;
import io.closedloop.cases.CaseOpened;
import io.closedloop.cases.CaseResolved;
import io.closedloop.cases.CaseStatus;
import io.closedloop.ideas.IdeaDone;
import io.closedloop.ideas.IdeaSelected;
import io.closedloop.shared.PublicAddress;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns the events of cases and ideas into what endpoints hear: ids, codes and figures, a line in English and a link. */
@Component
class Occurrences {

  private static final String OPEN_CASE = "Open the case";
  private static final String OPEN_IDEAS = "Open the ideas";

  private final PublicAddress address;
  private final Clock clock;

  Occurrences(PublicAddress address, Clock clock) {
    this.address = address;
    this.clock = clock;
  }

  Occurrence of(CaseOpened opened) {
    UUID id = opened.caseId().value();
    String url = caseUrl(id);
    return new Occurrence(WebhookEvent.CASE_OPENED, opened.at(), id,
        fields("caseId", id, "category", "DETRACTOR", "score", opened.score(), "team", opened.team(), "priority", opened.priority(),
            "touchpoint", opened.touchpoint(), "url", url),
        "New detractor case", "Score " + opened.score() + ", priority " + opened.priority() + ", team " + opened.team()
            + (opened.touchpoint() == null ? "" : ", at " + opened.touchpoint()),
        url, OPEN_CASE);
  }

  Occurrence of(AlarmRaised alarm) {
    UUID id = alarm.caseId().value();
    String url = caseUrl(id);
    return new Occurrence(WebhookEvent.CASE_ALARM, alarm.at(), id,
        fields("caseId", id, "team", alarm.team(), "priority", alarm.priority(), "touchpoint", alarm.touchpoint(), "url", url),
        "Alarming detractor", "Team " + alarm.team() + ", priority " + alarm.priority() + ": act before the customer is lost", url, OPEN_CASE);
  }

  Occurrence of(CaseEscalated escalated) {
    UUID id = escalated.caseId().value();
    String url = caseUrl(id);
    String missed = escalated.phase() == CasePhase.RESOLUTION ? "Not resolved by " : "Not called back by ";
    return new Occurrence(WebhookEvent.CASE_ESCALATED, escalated.at(), id,
        fields("caseId", id, "escalationLevel", escalated.level(), "phase", escalated.phase(), "team", escalated.team(),
            "priority", escalated.priority(), "callbackDue", escalated.callbackDue(), "deadline", escalated.deadline(), "url", url),
        "Case escalated to level " + escalated.level(),
        missed + escalated.deadline() + "; escalated to level " + escalated.level() + " (team " + escalated.team() + ", priority "
            + escalated.priority() + ")", url, OPEN_CASE);
  }

  Occurrence of(CaseResolved resolved) {
    UUID id = resolved.caseId().value();
    String url = caseUrl(id);
    boolean reached = resolved.status() == CaseStatus.RESOLVED;
    return new Occurrence(WebhookEvent.CASE_RESOLVED, resolved.at(), id,
        fields("caseId", id, "status", resolved.status(), "outcome", resolved.outcome(), "rootCause", resolved.rootCause(),
            "team", resolved.team(), "priority", resolved.priority(), "url", url),
        reached ? "Case resolved: " + resolved.outcome() : "Case closed: the customer could not be reached",
        reached ? "Root cause " + resolved.rootCause() + ", team " + resolved.team() : "Team " + resolved.team(), url, OPEN_CASE);
  }

  Occurrence of(IdeaSelected selected) {
    String url = address.of("/ideas");
    return new Occurrence(WebhookEvent.IDEA_SELECTED, selected.at(), null,
        fields("ideaId", selected.ideaId().value(), "cycleId", selected.cycleId(), "cycleNumber", selected.cycleNumber(),
            "title", selected.title(), "horizon", selected.horizon(), "touchpoint", selected.touchpoint(), "dueAt", selected.dueAt(),
            "url", url),
        "Idea selected in cycle " + selected.cycleNumber(),
        "\u201C" + selected.title() + "\u201D (" + selected.horizon() + "), due " + selected.dueAt(), url, OPEN_IDEAS);
  }

  Occurrence of(IdeaDone done) {
    String url = address.of("/ideas");
    return new Occurrence(WebhookEvent.IDEA_DONE, done.at(), null,
        fields("ideaId", done.ideaId().value(), "title", done.title(), "horizon", done.horizon(), "touchpoint", done.touchpoint(),
            "url", url),
        "Idea done", "\u201C" + done.title() + "\u201D (" + done.horizon() + ")", url, OPEN_IDEAS);
  }

  /** The test an admin sends to an endpoint. */
  Occurrence ping(UUID endpointId) {
    String url = address.of("/settings/webhooks/" + endpointId);
    return new Occurrence(WebhookEvent.PING, clock.instant(), null,
        fields("endpointId", endpointId, "message", "A test event from ClosedLoop", "url", url),
        "Test event from ClosedLoop", "This endpoint receives ClosedLoop's webhooks.", url, "Open the webhook");
  }

  private String caseUrl(UUID caseId) {
    return address.of("/cases/" + caseId);
  }
}
