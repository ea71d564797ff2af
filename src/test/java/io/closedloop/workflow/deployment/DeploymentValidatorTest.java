package io.closedloop.workflow.deployment;

import static io.closedloop.workflow.deployment.Models.decision;
import static io.closedloop.workflow.deployment.Models.process;
import static io.closedloop.workflow.deployment.Models.serviceTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentValidatorTest {

  private static final String STEAL = "${jdbcClient.sql('select * from customer').query().listOfRows()}";

  private final DeploymentValidator validator = new DeploymentValidator(ClosedLoopVocabulary.of(),
      Set.of("jdbcClient", "dataSource")::contains);

  @Test
  void accepts_the_shipped_processes_decisions_and_forms() throws IOException {
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
      List<Path> shipped = files.toList();
      assertThat(shipped).hasSizeGreaterThanOrEqualTo(11);
      for (Path file : shipped) {
        assertThat(validator.check(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
      }
    }
  }

  @Test
  void names_the_file_the_element_and_the_reason_when_a_service_task_calls_another_component() {
    List<Refusal> refusals = validator.check("detractor-case.bpmn", serviceTask("ServiceTask_Steal", STEAL));

    assertThat(refusals).extracting(Refusal::toString).containsExactly(
        "detractor-case.bpmn: ServiceTask_Steal: expression ${jdbcClient.sql('select * from customer').query().listOfRows()} "
            + "calls jdbcClient, which is not a process adapter");
  }

  @Test
  void refuses_a_script_task() {
    byte[] script = process("""
        <bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask>""");

    assertThat(reasons(validator.check("p.bpmn", script)))
        .anyMatch(reason -> reason.startsWith("Task_Script: is a script task"))
        .anyMatch(reason -> reason.startsWith("Task_Script: scriptFormat=\"groovy\""));
  }

  @Test
  void refuses_a_script_in_a_listener_or_a_mapping() {
    byte[] script = process("""
        <bpmn:serviceTask id="Task_Mapped" camunda:expression="${caseProcess.remind(caseId)}">
          <bpmn:extensionElements>
            <camunda:inputOutput>
              <camunda:inputParameter name="x"><camunda:script scriptFormat="javascript">java.lang.Runtime</camunda:script></camunda:inputParameter>
            </camunda:inputOutput>
          </bpmn:extensionElements>
        </bpmn:serviceTask>""");

    assertThat(reasons(validator.check("p.bpmn", script))).anyMatch(reason -> reason.startsWith("Task_Mapped: holds a script"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<bpmn:serviceTask id=\"Task_Java\" camunda:class=\"com.example.Steal\" />",
      """
          <bpmn:userTask id="Task_Java" camunda:formRef="resolve-case">
            <bpmn:extensionElements><camunda:taskListener class="com.example.Steal" event="create" /></bpmn:extensionElements>
          </bpmn:userTask>""",
      """
          <bpmn:callActivity id="Task_Java" calledElement="other" camunda:variableMappingClass="com.example.Steal" />"""})
  void refuses_a_java_class_wherever_it_is_named(String element) {
    assertThat(reasons(validator.check("p.bpmn", process(element))))
        .anyMatch(reason -> reason.startsWith("Task_Java: ") && reason.contains("\"com.example.Steal\" names a Java class"));
  }

  @Test
  void refuses_a_delegate_expression() {
    byte[] delegate = process("<bpmn:serviceTask id=\"Task_Delegate\" camunda:delegateExpression=\"${caseProcess}\" />");

    assertThat(reasons(validator.check("p.bpmn", delegate)))
        .contains("Task_Delegate: delegateExpression=\"${caseProcess}\" names a delegate to run; call a process adapter's method by expression instead");
  }

  @Test
  void refuses_reflection_on_a_process_variable() {
    assertThat(reasons(validator.check("p.bpmn", serviceTask("Task_Reflect", "${caseId.getClass().forName('java.lang.Runtime')}"))))
        .containsExactly("Task_Reflect: expression ${caseId.getClass().forName('java.lang.Runtime')} "
            + "calls forName, which reaches into the server's Java runtime");
  }

  @Test
  void refuses_an_execution_that_is_looked_into() {
    assertThat(reasons(validator.check("p.bpmn", serviceTask("Task_Services", "${execution.getProcessEngineServices()}"))))
        .containsExactly("Task_Services: expression ${execution.getProcessEngineServices()} "
            + "calls getProcessEngineServices, which reaches into the server's Java runtime");
  }

  @Test
  void refuses_a_condition_written_in_a_script_language() {
    byte[] condition = process("""
        <bpmn:endEvent id="End" />
        <bpmn:sequenceFlow id="Flow_Script" sourceRef="Start" targetRef="End">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">java.lang.System.exit(0)</bpmn:conditionExpression>
        </bpmn:sequenceFlow>""");

    assertThat(reasons(validator.check("p.bpmn", condition))).anyMatch(reason -> reason.startsWith("Flow_Script: language=\"javascript\""));
  }

  static Stream<String> everyPlaceAnExpressionCanSit() {
    return Stream.of(
        "<bpmn:serviceTask id=\"Place\" camunda:expression=\"%s\" />",
        "<bpmn:serviceTask id=\"Place\" camunda:expression=\"${caseProcess.remind(caseId)}\" camunda:resultVariable=\"%s\" />",
        "<bpmn:userTask id=\"Place\" camunda:assignee=\"%s\" />",
        "<bpmn:userTask id=\"Place\" camunda:candidateUsers=\"%s\" />",
        "<bpmn:userTask id=\"Place\" camunda:candidateGroups=\"%s\" />",
        "<bpmn:userTask id=\"Place\" camunda:dueDate=\"%s\" />",
        "<bpmn:userTask id=\"Place\" camunda:followUpDate=\"%s\" />",
        "<bpmn:userTask id=\"Place\"><bpmn:extensionElements><camunda:taskListener expression=\"%s\" event=\"create\" /></bpmn:extensionElements></bpmn:userTask>",
        "<bpmn:task id=\"Place\"><bpmn:extensionElements><camunda:executionListener expression=\"%s\" event=\"start\" /></bpmn:extensionElements></bpmn:task>",
        "<bpmn:task id=\"Place\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">%s</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
        "<bpmn:task id=\"Place\"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name=\"x\"><camunda:list><camunda:value>%s</camunda:value></camunda:list></camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
        "<bpmn:callActivity id=\"Place\" calledElement=\"other\"><bpmn:extensionElements><camunda:in sourceExpression=\"%s\" target=\"x\" /></bpmn:extensionElements></bpmn:callActivity>",
        "<bpmn:callActivity id=\"Place\" calledElement=\"%s\" />",
        "<bpmn:businessRuleTask id=\"Place\" camunda:decisionRef=\"%s\" />",
        "<bpmn:intermediateCatchEvent id=\"Place\"><bpmn:timerEventDefinition><bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
        "<bpmn:intermediateCatchEvent id=\"Place\"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
        "<bpmn:intermediateCatchEvent id=\"Place\"><bpmn:timerEventDefinition><bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
        "<bpmn:endEvent id=\"End\" /><bpmn:sequenceFlow id=\"Place\" sourceRef=\"Start\" targetRef=\"End\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:conditionExpression></bpmn:sequenceFlow>",
        "<bpmn:userTask id=\"Place\"><bpmn:multiInstanceLoopCharacteristics camunda:collection=\"%s\" camunda:elementVariable=\"x\" /></bpmn:userTask>",
        "<bpmn:userTask id=\"Task\"><bpmn:extensionElements><camunda:formData><camunda:formField id=\"Place\" type=\"string\" defaultValue=\"%s\" /></camunda:formData></bpmn:extensionElements></bpmn:userTask>");
  }

  @ParameterizedTest
  @MethodSource("everyPlaceAnExpressionCanSit")
  void checks_an_expression_wherever_it_sits(String element) {
    byte[] bpmn = process(element.formatted(STEAL));

    assertThat(reasons(validator.check("p.bpmn", bpmn))).anyMatch(reason -> reason.startsWith("Place: expression ${jdbcClient")
        && reason.endsWith("calls jdbcClient, which is not a process adapter"));
  }

  @Test
  void refuses_a_decision_with_an_external_java_function() {
    byte[] external = decision("", "score", "", """
        function(x) external {java: {class: "java.lang.Runtime", method signature: "getRuntime()"}}""");

    assertThat(reasons(validator.check("d.dmn", external))).singleElement().satisfies(reason -> assertThat(reason)
        .startsWith("RuleOutput: FEEL function(x) external {java:")
        .endsWith("declares an external Java function (function(...) external), which decisions may not call"));
  }

  @Test
  void refuses_a_decision_in_a_script_language() {
    byte[] script = decision("expressionLanguage=\"javascript\"", "java.lang.System.exit(0)", "", "\"x\"");

    assertThat(reasons(validator.check("d.dmn", script)))
        .containsExactly("InputExpression: uses the expression language javascript; decisions are written in FEEL");
  }

  @Test
  void holds_juel_in_a_decision_to_the_process_vocabulary() {
    byte[] juel = decision("expressionLanguage=\"juel\"", "jdbcClient.sql('select 1')", "", "\"x\"");

    assertThat(reasons(validator.check("d.dmn", juel)))
        .containsExactly("InputExpression: expression ${jdbcClient.sql('select 1')} calls jdbcClient, which is not a process adapter");
  }

  @Test
  void refuses_a_new_case_process_that_drops_a_user_task_our_pages_complete() throws IOException {
    String shipped = Files.readString(Path.of("bpmn/detractor-case.bpmn"));
    String withoutResolving = shipped.replace("<bpmn:userTask id=\"ResolveCase\"", "<bpmn:task id=\"ResolveCase\"")
        .replace("</bpmn:userTask>\n      <bpmn:endEvent id=\"ResolutionSubmitted\"", "</bpmn:task>\n      <bpmn:endEvent id=\"ResolutionSubmitted\"");
    assertThat(withoutResolving).isNotEqualTo(shipped);

    assertThat(reasons(validator.check("detractor-case.bpmn", withoutResolving.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("detractor-case: drops the user task ResolveCase, which ClosedLoop's pages and API complete; keep its id");
  }

  @Test
  void refuses_a_new_cycle_process_that_changes_the_form_of_a_user_task() throws IOException {
    String shipped = Files.readString(Path.of("bpmn/improvement-cycle.bpmn"));
    String otherForm = shipped.replace("camunda:formRef=\"prepare-plan\"", "camunda:formRef=\"my-plan\"");
    assertThat(otherForm).isNotEqualTo(shipped);

    assertThat(reasons(validator.check("improvement-cycle.bpmn", otherForm.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("PreparePlan: shows the form my-plan instead of prepare-plan, which ClosedLoop's pages and API "
            + "fill in; keep camunda:formRef=\"prepare-plan\"");
  }

  @Test
  void refuses_files_that_are_not_bpmn_dmn_or_forms() {
    assertThat(reasons(validator.check("steal.groovy", "'id'.execute()".getBytes(StandardCharsets.UTF_8))))
        .containsExactly("file: is not a BPMN, DMN or Camunda Form file; nothing else may be deployed");
    assertThat(reasons(validator.check("case.cmmn", "<definitions/>".getBytes(StandardCharsets.UTF_8))))
        .containsExactly("definitions: is a CMMN case model; ClosedLoop deploys BPMN, DMN and forms only");
  }

  @Test
  void refuses_a_file_with_a_doctype() {
    byte[] entities = """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><definitions>&x;</definitions>"""
        .getBytes(StandardCharsets.UTF_8);

    assertThat(reasons(validator.check("p.bpmn", entities))).singleElement()
        .satisfies(reason -> assertThat(reason).startsWith("definitions: cannot be read as XML without a DOCTYPE"));
  }

  @Test
  void refuses_a_form_component_that_runs_code_in_the_browser() {
    byte[] form = """
        {"id": "f", "components": [{"id": "Field_js", "type": "script", "jsFunction": "fetch('/engine-rest')"}]}"""
        .getBytes(StandardCharsets.UTF_8);

    assertThat(reasons(validator.check("f.form", form)))
        .containsExactly("Field_js: is a script component, which runs or embeds code in the browser of whoever opens the task");
  }

  private static List<String> reasons(List<Refusal> refusals) {
    return refusals.stream().map(Refusal::getMessage).toList();
  }

  @Test
  void refuses_a_form_component_our_pages_cannot_show_even_inside_a_group() {
    byte[] form = """
        {"id": "f", "components": [{"id": "Group_1", "type": "group", "components": [
          {"id": "Field_table", "type": "table", "key": "rows"}]}]}"""
        .getBytes(StandardCharsets.UTF_8);

    assertThat(reasons(validator.check("f.form", form)))
        .anyMatch(reason -> reason.startsWith("Group_1: is a group component, which ClosedLoop's pages cannot show"))
        .anyMatch(reason -> reason.startsWith("Field_table: is a table component, which ClosedLoop's pages cannot show"));
  }

  @Test
  void refuses_a_call_back_form_that_drops_a_field_closedloop_reads() throws IOException {
    String shipped = Files.readString(Path.of("forms/call-back-customer.form"));
    byte[] withoutReached = shipped.replace("\"key\": \"reached\"", "\"key\": \"gotThrough\"").getBytes(StandardCharsets.UTF_8);

    assertThat(reasons(validator.check("call-back-customer.form", withoutReached))).containsExactly(
        "call-back-customer: drops the field reached, which ClosedLoop reads when the step is completed; keep a field with the key reached");
  }

  @Test
  void refuses_a_resolve_form_whose_root_causes_are_a_fixed_list() throws IOException {
    String shipped = Files.readString(Path.of("forms/resolve-case.form"));
    byte[] fixed = shipped.replace("\"valuesKey\": \"rootCauseOptions\"", "\"values\": [{\"label\": \"Price\", \"value\": \"price.too-high\"}]")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(reasons(validator.check("resolve-case.form", fixed))).singleElement()
        .satisfies(reason -> assertThat(reason).startsWith("Field_rootCause: must take its choices from the root-cause taxonomy"));
  }

  @Test
  void accepts_a_form_with_new_fields_and_new_labels() throws IOException {
    String shipped = Files.readString(Path.of("forms/call-back-customer.form"));
    byte[] changed = shipped.replace("\"label\": \"Note\"", "\"label\": \"What did the customer say?\"")
        .replace("\"components\": [", "\"components\": [{\"id\": \"Field_extra\", \"key\": \"mood\", \"label\": \"Mood\", \"type\": \"textfield\"},")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(validator.check("call-back-customer.form", changed)).isEmpty();
  }

  @Test
  void refuses_a_user_task_whose_form_is_neither_deployed_with_it_nor_before() {
    byte[] bpmn = process("""
        <bpmn:userTask id="Task_Voucher" camunda:formRef="offer-voucher" camunda:formRefBinding="latest" />""");

    assertThat(reasons(validator.check(Map.of("p.bpmn", bpmn), formId -> false))).containsExactly(
        "Task_Voucher: shows the form offer-voucher, which is neither in this deployment nor deployed before; deploy the form with the process");
    assertThat(validator.check(Map.of("p.bpmn", bpmn), "offer-voucher"::equals)).as("deployed before").isEmpty();
    assertThat(validator.check(Map.of("p.bpmn", bpmn, "offer-voucher.form", VOUCHER_FORM), formId -> false)).as("deployed with it").isEmpty();
  }

  @Test
  void refuses_a_form_bound_to_the_deployment_that_is_not_in_it() {
    byte[] bpmn = process("""
        <bpmn:userTask id="Task_Voucher" camunda:formRef="offer-voucher" camunda:formRefBinding="deployment" />""");

    assertThat(reasons(validator.check(Map.of("p.bpmn", bpmn), "offer-voucher"::equals))).containsExactly(
        "Task_Voucher: shows the form offer-voucher, which is not in this deployment (camunda:formRefBinding=\"deployment\"); "
            + "deploy the form with the process");
    assertThat(validator.check(Map.of("p.bpmn", bpmn, "offer-voucher.form", VOUCHER_FORM), formId -> false)).isEmpty();
  }

  private static final byte[] VOUCHER_FORM = """
      {"id": "offer-voucher", "components": [{"id": "Field_amount", "key": "amount", "label": "Amount", "type": "number"}]}"""
      .getBytes(StandardCharsets.UTF_8);
}
