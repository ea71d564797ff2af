package io.closedloop.webhooks;

import io.closedloop.cases.AlarmRaised;
import io.closedloop.cases.CaseEscalated;
import io.closedloop.cases.CaseOpened;
import io.closedloop.cases.CaseResolved;
import io.closedloop.ideas.IdeaDone;
import io.closedloop.ideas.IdeaSelected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every active endpoint subscribed to an event of it: one call each, queued in the transaction
 * of the change, so the call exists exactly when the change commits.
 */
@Component
class AnnouncingEvents {

  private final EndpointRecords endpoints;
  private final Occurrences occurrences;
  private final WebhookCalls calls;

  AnnouncingEvents(EndpointRecords endpoints, Occurrences occurrences, WebhookCalls calls) {
    this.endpoints = endpoints;
    this.occurrences = occurrences;
    this.calls = calls;
  }

  @EventListener
  void on(CaseOpened opened) {
    announce(occurrences.of(opened));
  }

  @EventListener
  void on(AlarmRaised alarm) {
    announce(occurrences.of(alarm));
  }

  @EventListener
  void on(CaseEscalated escalated) {
    announce(occurrences.of(escalated));
  }

  @EventListener
  void on(CaseResolved resolved) {
    announce(occurrences.of(resolved));
  }

  @EventListener
  void on(IdeaSelected selected) {
    announce(occurrences.of(selected));
  }

  @EventListener
  void on(IdeaDone done) {
    announce(occurrences.of(done));
  }

  private void announce(Occurrence occurrence) {
    for (Endpoint endpoint : endpoints.subscribedTo(occurrence.event())) {
      calls.queue(endpoint, occurrence);
    }
  }
}
