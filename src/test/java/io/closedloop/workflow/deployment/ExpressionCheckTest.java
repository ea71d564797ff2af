package io.closedloop.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionCheckTest {

  private final ExpressionCheck check = new ExpressionCheck(ClosedLoopVocabulary.of(),
      Set.of("jdbcClient", "dataSource", "runtimeService")::contains);

  @ParameterizedTest
  @ValueSource(strings = {
      "${caseProcess.escalate(caseId, 1)}",
      "${caseProcess.plan(execution)}",
      "#{caseProcess.alarmTaskCreated(task)}",
      "${cycleProcess.ownerOf(ideaId)}",
      "${!reached && failedAttempts < maxFailedAttempts}",
      "${empty owner ? team : owner}",
      "${routing.priority == 'HIGH'}",
      "${routing['slaHours'] > 8}",
      "${now()}",
      "${dateTime()}",
      "Call back ${customerName} before ${callbackDue}",
      "R/P42D"})
  void accepts_reading_variables_built_in_functions_and_adapter_calls(String expression) {
    assertThat(check.whyRefused(expression)).isEmpty();
  }

  @Test
  void refuses_calling_a_server_component_that_is_not_a_process_adapter() {
    assertThat(check.whyRefused("${jdbcClient.sql('select * from customer').query().listOfRows()}"))
        .hasValue("calls jdbcClient, which is not a process adapter");
  }

  @Test
  void refuses_reading_a_server_component() {
    assertThat(check.whyRefused("${dataSource.connection}"))
        .hasValue("reads dataSource, which is not a process variable but a server component");
  }

  @Test
  void refuses_calling_a_method_on_a_process_variable() {
    assertThat(check.whyRefused("${caseId.toUpperCase()}")).hasValue("calls caseId, which is not a process adapter");
  }

  @Test
  void refuses_reflection_whether_called_read_or_indexed() {
    assertThat(check.whyRefused("${caseId.getClass().forName('java.lang.Runtime')}"))
        .hasValue("calls forName, which reaches into the server's Java runtime");
    assertThat(check.whyRefused("${caseId.class.classLoader}")).hasValue("reads classLoader, which reaches into the server's Java runtime");
    assertThat(check.whyRefused("${caseId['class']}")).hasValue("reads class, which reaches into the server's Java runtime");
    assertThat(check.whyRefused("${Runtime}")).hasValue("uses Runtime, which reaches into the server's Java runtime");
  }

  @Test
  void refuses_looking_into_the_execution_or_the_task() {
    assertThat(check.whyRefused("${execution.getProcessEngineServices()}"))
        .hasValue("calls getProcessEngineServices, which reaches into the server's Java runtime");
    assertThat(check.whyRefused("${execution.getVariable('caseId')}"))
        .hasValue("calls execution.getVariable; execution may only be passed whole to a process adapter's method");
    assertThat(check.whyRefused("${task.assignee}"))
        .hasValue("looks into task, which may only be passed whole to a process adapter's method");
    assertThat(check.whyRefused("${caseProcess.escalate(execution.processBusinessKey, 1)}"))
        .hasValue("looks into execution, which may only be passed whole to a process adapter's method");
  }

  @Test
  void refuses_an_adapter_method_that_does_not_exist_or_takes_other_arguments() {
    assertThat(check.whyRefused("${caseProcess.deleteEverything()}"))
        .hasValue("calls caseProcess.deleteEverything, which is not a public method of CaseProcess");
    assertThat(check.whyRefused("${caseProcess.escalate(caseId)}"))
        .hasValue("calls caseProcess.escalate with 1 arguments, which no public method of CaseProcess takes");
  }

  @Test
  void refuses_a_private_method_of_an_adapter() {
    assertThat(check.whyRefused("${caseProcess.caseId(execution)}"))
        .hasValue("calls caseProcess.caseId, which is not a public method of CaseProcess");
  }

  @Test
  void refuses_calling_on_what_an_adapter_returns() {
    assertThat(check.whyRefused("${cycleProcess.ownerOf(ideaId).toUpperCase()}"))
        .hasValue("calls toUpperCase on the result of another call; only process adapters' methods may be called");
  }

  @Test
  void refuses_functions_other_than_the_built_in_ones() {
    assertThat(check.whyRefused("${currentUser()}"))
        .hasValue("calls the function currentUser, which is not one of the built-in functions dateTime(), now()");
  }

  @Test
  void refuses_an_adapter_named_without_a_call_and_a_computed_index() {
    assertThat(check.whyRefused("${caseProcess}")).hasValue("uses caseProcess without calling one of its methods");
    assertThat(check.whyRefused("${routing[key]}"))
        .hasValue("uses a computed [ ] index; only a quoted name or a number may stand in [ ]");
  }

  @Test
  void refuses_what_it_cannot_parse() {
    assertThat(check.whyRefused("${caseProcess.}")).hasValueSatisfying(reason -> assertThat(reason).startsWith("cannot be read"));
  }
}
