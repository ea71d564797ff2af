package io.closedloop.intake;

import io.closedloop.intake.AnswerCircumstances.Circumstances;
import io.closedloop.intake.DetractorCases.CaseForAnswer;
import io.closedloop.intake.DetractorCases.DetractorAnswer;
import io.closedloop.intake.FollowUpTasks.PassiveFollowUp;
import io.closedloop.intake.NewResponse.CustomerDetails;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every answer goes somewhere: the answer-routing decision ({@link AnswerRouting}, evaluated once per answer)
 * sends a stored answer into its customer's open case, a new case, a passive's follow-up task, praise for the
 * employee it names, or nowhere but the figures. Runs in the transaction that stored the answer, after its
 * customer's row was locked, so two answers of one customer at once never open two cases.
 */
@Service
public class RoutingAnswer {

  private final AnswerRouting routing;
  private final AnswerCircumstances circumstances;
  private final DetractorCases cases;
  private final FollowUpTasks followUps;
  private final ApplicationEventPublisher events;
  private final String defaultFollowUpTeam;

  RoutingAnswer(AnswerRouting routing, AnswerCircumstances circumstances, DetractorCases cases,
      FollowUpTasks followUps, ApplicationEventPublisher events,
      @Value("${closedloop.intake.follow-up-team:customer-service}") String defaultFollowUpTeam) {
    this.routing = routing;
    this.circumstances = circumstances;
    this.cases = cases;
    this.followUps = followUps;
    this.events = events;
    this.defaultFollowUpTeam = defaultFollowUpTeam;
  }

  /**
   * Routes the answer. A route to the open case of a customer who has none (the table's rows allow it, or the case
   * closed just now) opens a case for the answer.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AnswerRouted route(StoredAnswer answer) {
    Circumstances known = circumstances.of(answer.customerId(), answer.newCustomer(), answer.response().employee());
    AnswerRoute route = routing.decide(facts(answer.response(), known));
    if (route == AnswerRoute.JOIN_OPEN_CASE && known.openCase() != null) {
      Optional<UUID> joined = cases.join(known.openCase(), caseFacts(answer));
      if (joined.isPresent()) {
        return new AnswerRouted(route, joined.get(), null);
      }
      known = new Circumstances(null, known.praisedUser());
      route = routing.decide(facts(answer.response(), known));
    }
    return switch (route) {
      case OPEN_CASE, JOIN_OPEN_CASE -> open(answer);
      case FOLLOW_UP -> followUp(answer);
      case PRAISE -> praise(answer, known);
      case NONE -> AnswerRouted.nowhere(route);
    };
  }

  private AnswerRouted open(StoredAnswer answer) {
    CaseForAnswer opened = cases.open(caseFacts(answer));
    return new AnswerRouted(AnswerRoute.OPEN_CASE, opened.caseId(), opened.accountOwnerRefused());
  }

  private AnswerRouted followUp(StoredAnswer answer) {
    NewResponse response = answer.response();
    CustomerDetails customer = response.customer();
    followUps.start(new PassiveFollowUp(answer.responseId(), response.team() == null ? defaultFollowUpTeam : response.team(),
        response.score(), response.touchpoint(), response.comment(), customer.name(), customer.email(), customer.phone()));
    return AnswerRouted.nowhere(AnswerRoute.FOLLOW_UP);
  }

  private AnswerRouted praise(StoredAnswer answer, Circumstances known) {
    if (known.praisedUser() == null) {
      return AnswerRouted.nowhere(AnswerRoute.NONE);
    }
    NewResponse response = answer.response();
    events.publishEvent(new PraiseRouted(answer.responseId(), response.employee(), known.praisedUser(), response.score(),
        response.touchpoint(), answer.receivedAt()));
    return AnswerRouted.nowhere(AnswerRoute.PRAISE);
  }

  private static AnswerFacts facts(NewResponse response, Circumstances known) {
    return new AnswerFacts(response.category(), response.score(), response.comment() != null && !response.comment().isBlank(),
        known.openCase() != null, known.praisedUser() != null, response.customer().segment(), response.touchpoint());
  }

  private static DetractorAnswer caseFacts(StoredAnswer answer) {
    NewResponse response = answer.response();
    ServicePreference preference = response.customer().servicePreference();
    return new DetractorAnswer(answer.responseId(), answer.customerId(), response.score(), response.comment(), response.touchpoint(),
        response.team(), response.customer().segment(), response.customer().accountOwner(),
        preference == null ? null : preference.name(), preference == null ? null : preference.hint(), answer.receivedAt());
  }

  /** An answer just stored, with its customer ({@code newCustomer}: registered by this answer). */
  public record StoredAnswer(UUID responseId, UUID customerId, boolean newCustomer, NewResponse response, Instant receivedAt) {}

  /**
   * Where the answer went, the case it opened or joined (null for other routes), and why the customer's account
   * owner does not own a new case (null when they do or none was named).
   */
  public record AnswerRouted(AnswerRoute route, UUID caseId, String accountOwnerRefused) {

    static AnswerRouted nowhere(AnswerRoute route) {
      return new AnswerRouted(route, null, null);
    }
  }
}
