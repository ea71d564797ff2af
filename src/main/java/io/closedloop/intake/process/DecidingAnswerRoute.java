package io.closedloop.intake.process;

import io.closedloop.intake.AnswerFacts;
import io.closedloop.intake.AnswerRoute;
import io.closedloop.intake.AnswerRouting;
import io.closedloop.workflow.LatestDecisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed {@code answer-routing} decision once per answer, in memory
 * ({@link LatestDecisions}), so an answer costs no query and writes no decision history. A route the
 * product does not know, or no matching rule, is {@link AnswerRoute#NONE}.
 */
@Component
class DecidingAnswerRoute implements AnswerRouting {

  static final String DECISION = "answer-routing";
  private static final Logger log = LoggerFactory.getLogger(DecidingAnswerRoute.class);

  private final LatestDecisions decisions;

  DecidingAnswerRoute(LatestDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public AnswerRoute decide(AnswerFacts facts) {
    DmnDecisionResultEntries result = decisions.evaluate(decisions.of(DECISION), variables(facts)).getFirstResult();
    Object route = result == null ? null : result.get("route");
    if (route == null) {
      return AnswerRoute.NONE;
    }
    try {
      return AnswerRoute.valueOf(route.toString());
    } catch (IllegalArgumentException unknown) {
      log.warn("The answer-routing decision gave the unknown route {}; the answer goes nowhere", route);
      return AnswerRoute.NONE;
    }
  }

  static Map<String, Object> variables(AnswerFacts facts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("category", facts.category().name());
    variables.put("score", facts.score());
    variables.put("hasComment", facts.hasComment());
    variables.put("customerHasOpenCase", facts.customerHasOpenCase());
    variables.put("employeeHasUser", facts.employeeHasUser());
    variables.put("segment", facts.segment());
    variables.put("touchpoint", facts.touchpoint());
    return variables;
  }
}
