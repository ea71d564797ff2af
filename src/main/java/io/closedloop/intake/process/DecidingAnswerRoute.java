package io.closedloop.intake.process;

import io.closedloop.intake.AnswerFacts;
import io.closedloop.intake.AnswerRoute;
import io.closedloop.intake.AnswerRouting;
import io.closedloop.workflow.DeploymentsCommitted;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed {@code answer-routing} decision once per answer, in memory: the table is read
 * from its deployment once, and looked for again after a deployment on this node and every {@link #RECHECK}
 * otherwise (another node's deployment), so an answer costs no query and writes no decision history.
 * A route the product does not know, or no matching rule, is {@link AnswerRoute#NONE}.
 */
@Component
class DecidingAnswerRoute implements AnswerRouting {

  static final String DECISION = "answer-routing";
  static final Duration RECHECK = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(DecidingAnswerRoute.class);

  private final RepositoryService repository;
  private final DmnEngine dmn;
  private final DeploymentsCommitted deployments;
  private volatile Latest latest;

  DecidingAnswerRoute(RepositoryService repository, DeploymentsCommitted deployments) {
    this.repository = repository;
    this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    this.deployments = deployments;
  }

  @Override
  public AnswerRoute decide(AnswerFacts facts) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(decision(), variables(facts)).getFirstResult();
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

  private DmnDecision decision() {
    Latest known = latest;
    long deployed = deployments.count();
    long now = System.nanoTime();
    if (known == null || known.deployments() != deployed || now - known.readAt() > RECHECK.toNanos()) {
      DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).latestVersion()
          .singleResult();
      DmnDecision decision = known != null && known.definitionId().equals(definition.getId()) ? known.decision() : parse(definition);
      known = new Latest(definition.getId(), decision, deployed, now);
      latest = known;
    }
    return known.decision();
  }

  private DmnDecision parse(DecisionDefinition definition) {
    try (InputStream table = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return dmn.parseDecision(DECISION, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The latest decision as read: its definition, after how many deployments, and when ({@link System#nanoTime()}). */
  private record Latest(String definitionId, DmnDecision decision, long deployments, long readAt) {}

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
