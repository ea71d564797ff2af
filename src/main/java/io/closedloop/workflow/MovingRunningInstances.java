package io.closedloop.workflow;

import io.closedloop.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * Moves the running instances of a process's older versions to one version, as Cockpit's migration
 * does: per older version a migration plan that maps each activity to the one with the same id
 * ({@code mapEqualActivities}) and updates timers and message triggers that changed
 * ({@code updateEventTriggers}). Up to {@link #SYNCHRONOUSLY_UP_TO} instances of a version move at
 * once; more move as a batch that the job executor works through (Cockpit shows its progress). A
 * version whose instances cannot all be mapped is left as it is, with the engine's reason.
 */
@Component
public class MovingRunningInstances {

  static final int SYNCHRONOUSLY_UP_TO = 200;

  private final RepositoryService repository;
  private final RuntimeService runtime;

  MovingRunningInstances(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /**
   * What happened to the instances of one older version.
   *
   * @param refusal why nothing was moved, or null
   */
  public record Moved(int fromVersion, int toVersion, long instances, boolean asBatch, String refusal) {}

  public List<Moved> moveTo(String targetDefinitionId) {
    ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionId(targetDefinitionId).singleResult();
    if (target == null) {
      throw new NotFoundException("No process version " + targetDefinitionId);
    }
    List<Moved> moved = new ArrayList<>();
    for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
        .orderByProcessDefinitionVersion().asc().list()) {
      if (source.getVersion() < target.getVersion()) {
        long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        if (running > 0) {
          moved.add(move(source, target, running));
        }
      }
    }
    return moved;
  }

  private Moved move(ProcessDefinition source, ProcessDefinition target, long running) {
    boolean asBatch = running > SYNCHRONOUSLY_UP_TO;
    try {
      MigrationPlan plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
      ProcessInstanceQuery instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
      if (asBatch) {
        runtime.newMigration(plan).processInstanceQuery(instances).executeAsync();
      } else {
        runtime.newMigration(plan).processInstanceQuery(instances).execute();
      }
      return new Moved(source.getVersion(), target.getVersion(), running, asBatch, null);
    } catch (ProcessEngineException refused) {
      return new Moved(source.getVersion(), target.getVersion(), 0, asBatch, refused.getMessage());
    }
  }
}
