package io.closedloop.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a decision, read from its deployment once and evaluated in memory:
 * looked for again after a deployment on this node ({@link DeploymentsCommitted}) and every
 * {@link #RECHECK} otherwise (another node's deployment), so an evaluation costs no query and writes
 * no decision history. The DMN engine that evaluates them is built on first use, not at start-up.
 */
@Component
public class LatestDecisions {

  static final Duration RECHECK = Duration.ofSeconds(10);

  private final RepositoryService repository;
  private final DeploymentsCommitted deployments;
  private final Map<String, Deployed> latest = new ConcurrentHashMap<>();
  private volatile DmnEngine dmn;

  LatestDecisions(RepositoryService repository, DeploymentsCommitted deployments) {
    this.repository = repository;
    this.deployments = deployments;
  }

  /** The newest deployed version of the decision {@code key}. */
  public Deployed of(String key) {
    Deployed known = latest.get(key);
    long deployed = deployments.count();
    long now = System.nanoTime();
    if (known == null || known.deployments() != deployed || now - known.readAt() > RECHECK.toNanos()) {
      DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
          .singleResult();
      DmnDecision decision = known != null && known.definitionId().equals(definition.getId()) ? known.decision() : parse(key, definition);
      known = new Deployed(definition.getId(), decision, deployed, now);
      latest.put(key, known);
    }
    return known;
  }

  /** Evaluates a deployed decision with these variables. */
  public DmnDecisionResult evaluate(Deployed decision, Map<String, Object> variables) {
    return engine().evaluateDecision(decision.decision(), variables);
  }

  private DmnDecision parse(String key, DecisionDefinition definition) {
    try (InputStream table = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return engine().parseDecision(key, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DmnEngine engine() {
    DmnEngine built = dmn;
    if (built == null) {
      synchronized (this) {
        if (dmn == null) {
          dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        }
        built = dmn;
      }
    }
    return built;
  }

  /**
   * A decision as read: the definition's id (which changes with every deployed version), the parsed
   * table, after how many deployments and when ({@link System#nanoTime()}).
   */
  public record Deployed(String definitionId, DmnDecision decision, long deployments, long readAt) {}
}
