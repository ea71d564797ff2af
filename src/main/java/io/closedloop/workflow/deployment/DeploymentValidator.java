package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Decides whether one deployed file may reach the engine, and if not, why: BPMN and DMN by their
 * rules, Camunda Forms as forms, anything else refused. Knows nothing of the engine's deployment
 * machinery; {@link ValidatingDeployer} puts it in front of it.
 */
public final class DeploymentValidator {

  private final BpmnCheck bpmn;
  private final DmnCheck dmn;
  private final List<ProcessContract> contracts;

  /**
   * @param isSpringBean tells a server component's name from a process variable's, so that
   *     reading a component (say {@code ${dataSource.connection}}) is refused
   */
  public DeploymentValidator(ProcessVocabulary vocabulary, Predicate<String> isSpringBean) {
    ExpressionSweep sweep = new ExpressionSweep(new ExpressionCheck(vocabulary, isSpringBean));
    this.bpmn = new BpmnCheck(sweep, vocabulary.contracts());
    this.contracts = vocabulary.contracts();
    this.dmn = new DmnCheck(sweep);
  }

  /**
   * Checks a whole deployment: each file by itself, and that every user task's form is in the
   * deployment or, where its binding allows, among the forms {@code deployedBefore} knows by id.
   */
  public List<Refusal> check(Map<String, byte[]> resources, Predicate<String> deployedBefore) {
    List<Refusal> refusals = new ArrayList<>();
    new TreeMap<>(resources).forEach((name, content) -> refusals.addAll(check(name, content)));
    refusals.addAll(FormRefs.check(new TreeMap<>(resources), deployedBefore));
    return refusals;
  }

  /** Checks one file by itself. */
  public List<Refusal> check(String resource, byte[] content) {
    String name = resource.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      return checkXml(resource, content, true);
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      return checkXml(resource, content, false);
    }
    if (name.endsWith(".form")) {
      return FormCheck.check(resource, content, contracts);
    }
    if (name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml") || name.endsWith(".cmmn10.xml")) {
      return List.of(new Refusal(resource, "definitions", "is a CMMN case model; ClosedLoop deploys BPMN, DMN and forms only"));
    }
    return List.of(new Refusal(resource, "file", "is not a BPMN, DMN or Camunda Form file; nothing else may be deployed"));
  }

  private List<Refusal> checkXml(String resource, byte[] content, boolean isBpmn) {
    ModelXml xml;
    try {
      xml = ModelXml.parse(content);
    } catch (ModelXml.InvalidXml e) {
      return List.of(new Refusal(resource, "definitions", "cannot be read as XML without a DOCTYPE: " + e.getMessage()));
    }
    List<Refusal> refusals = isBpmn ? bpmn.check(resource, xml) : dmn.check(resource, xml);
    return refusals.stream().distinct().toList();
  }
}
