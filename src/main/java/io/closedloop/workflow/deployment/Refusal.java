package io.closedloop.workflow.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * Why one element of a deployed file may not be deployed, e.g. {@code detractor-case.bpmn:
 * ServiceTask_Steal: expression ${jdbcClient...} calls jdbcClient, which is not a process adapter}.
 * A {@link Problem}, so the engine's REST API lists it under the resource in its 400 answer.
 */
public record Refusal(String resource, String elementId, String reason) implements Problem {

  @Override
  public String getMessage() {
    return elementId + ": " + reason;
  }

  @Override
  public int getLine() {
    return 0;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return List.of(elementId);
  }

  @Override
  public String toString() {
    return resource + ": " + elementId + ": " + reason;
  }
}
