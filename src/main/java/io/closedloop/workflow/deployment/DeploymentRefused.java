package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment that may not reach the engine. A {@link ParseException}, so the engine REST API
 * (Camunda Modeler's deploy button, Cockpit) answers 400 with each refusal listed under its file.
 */
public class DeploymentRefused extends ParseException {

  private final transient List<Refusal> refusals;

  DeploymentRefused(List<Refusal> refusals) {
    super(message(refusals), refusals.get(0).resource(), problemsOf(refusals, refusals.get(0).resource()), List.of());
    this.refusals = List.copyOf(refusals);
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    refusals.forEach(refusal -> byResource.computeIfAbsent(refusal.resource(), resource -> new ArrayList<>()).add(refusal));
    this.resorceReports = new ArrayList<>();
    byResource.forEach((resource, problems) -> resorceReports.add(new ResourceReportImpl(resource, problems, List.of())));
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  private static String message(List<Refusal> refusals) {
    return "The deployment was refused, nothing was deployed: "
        + refusals.stream().map(Refusal::toString).collect(Collectors.joining("; "));
  }

  private static List<Problem> problemsOf(List<Refusal> refusals, String resource) {
    return refusals.stream().filter(refusal -> refusal.resource().equals(resource)).map(Problem.class::cast).toList();
  }
}
