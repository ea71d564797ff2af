package io.closedloop.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.cases.CasePhase;
import io.closedloop.cases.EscalationAction;
import io.closedloop.cases.EscalationStep;
import io.closedloop.cases.EscalationStep.Recipients;
import io.closedloop.cases.Priority;
import io.closedloop.workflow.ProcessKeys;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The escalation-ladder decision table: the shipped one reproduces the ladder ClosedLoop had before
 * it was a table, and a designer's rows for each phase and action reach the product as steps.
 */
class EscalationLadderTableTest {

  private static DmnEngine dmn;
  private static DmnDecision shipped;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = EscalationLadderTableTest.class.getResourceAsStream("/bpmn/escalation-ladder.dmn")) {
      shipped = dmn.parseDecision(ProcessKeys.ESCALATION_LADDER, table);
    }
  }

  @ParameterizedTest(name = "{0}, priority {1}, team {2}, segment {3}: managers at the deadline, cx-leads four hours later")
  @CsvSource(nullValues = "null", value = {
      "CALL_BACK,  HIGH,   customer-service, enterprise",
      "CALL_BACK,  NORMAL, customer-service, private",
      "CALL_BACK,  LOW,    billing,          null",
      "RESOLUTION, HIGH,   customer-service, enterprise",
      "RESOLUTION, NORMAL, null,             private",
      "RESOLUTION, LOW,    billing,          null"})
  void the_shipped_ladder_tells_the_team_managers_at_the_deadline_and_the_head_of_customer_experience_half_a_day_later(
      CasePhase phase, Priority priority, String team, String segment) {
    List<EscalationStep> steps = evaluate(shipped, phase, priority, team, segment);

    assertThat(steps).containsExactly(
        new EscalationStep(1, 0, Recipients.TEAM_MANAGERS, null, EscalationAction.NOTIFY, null),
        new EscalationStep(2, 4, Recipients.GROUP, "cx-leads", EscalationAction.NOTIFY, null));
  }

  @Test
  void the_shipped_second_level_comes_as_long_after_the_deadline_as_the_old_level_two_setting_said() {
    EscalationStep levelTwo = evaluate(shipped, CasePhase.CALL_BACK, Priority.NORMAL, "customer-service", null).get(1);

    assertThat(levelTwo.businessHoursAfterDeadline())
        .isEqualTo((int) io.closedloop.calendar.CallbackDeadline.DEFAULT_LEVEL_TWO_AFTER.toHours());
  }

  @ParameterizedTest(name = "{0} {1}: level {2} after {3} h tells {4} {5} and does {6} {7}")
  @CsvSource(nullValues = "null", value = {
      "CALL_BACK,  HIGH,   1, 0,  TEAM,          null,     RAISE_PRIORITY,         null",
      "CALL_BACK,  LOW,    1, 0,  TEAM_MANAGERS, null,     RAISE_PRIORITY,         null",
      "CALL_BACK,  LOW,    2, 2,  TEAM,          null,     REASSIGN_TO_TEAM_QUEUE, null",
      "RESOLUTION, NORMAL, 1, 8,  USER,          mike,     REASSIGN_TO_USER,       bob",
      "RESOLUTION, NORMAL, 2, 16, GROUP,         cx-leads, NOTIFY,                 null"})
  void a_designers_rows_for_each_phase_and_action_become_the_steps_of_the_ladder(CasePhase phase, Priority priority, int level,
      int hours, Recipients recipients, String recipient, EscalationAction action, String target) throws Exception {
    DmnDecision designed = designersLadder();

    assertThat(evaluate(designed, phase, priority, "customer-service", "enterprise"))
        .contains(new EscalationStep(level, hours, recipients, recipient, action, target));
  }

  @Test
  void a_designers_rows_match_on_team_and_segment_and_keep_the_table_order() throws Exception {
    DmnDecision designed = designersLadder();

    assertThat(evaluate(designed, CasePhase.CALL_BACK, Priority.LOW, "customer-service", "enterprise"))
        .extracting(EscalationStep::level, EscalationStep::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, EscalationAction.RAISE_PRIORITY),
            org.assertj.core.groups.Tuple.tuple(2, EscalationAction.REASSIGN_TO_TEAM_QUEUE));
    assertThat(evaluate(designed, CasePhase.CALL_BACK, Priority.LOW, "customer-service", "private")).isEmpty();
    assertThat(evaluate(designed, CasePhase.RESOLUTION, Priority.NORMAL, "billing", "enterprise")).isEmpty();
  }

  @Test
  void a_row_that_reassigns_to_nobody_is_refused_with_the_tables_words() throws Exception {
    String broken = shippedXml().replace("<outputEntry id=\"RuleCallBackManagersAction\"><text>\"NOTIFY\"</text></outputEntry>",
        "<outputEntry id=\"RuleCallBackManagersAction\"><text>\"REASSIGN_TO_USER\"</text></outputEntry>");
    DmnDecision decision = parse(broken);

    assertThatThrownBy(() -> evaluate(decision, CasePhase.CALL_BACK, Priority.LOW, "customer-service", null))
        .hasMessageContaining("reassigns to a user but names none");
  }

  /** The shipped table with its rows replaced by a designer's: one row per phase and action. */
  private static DmnDecision designersLadder() throws Exception {
    String xml = shippedXml();
    String rules = xml.substring(xml.indexOf("<rule id=\"RuleCallBackManagers\">"), xml.indexOf("</decisionTable>"));
    return parse(xml.replace(rules, String.join("\n",
        row("HighFirst", "\"CALL_BACK\"", "\"HIGH\"", "", "", "1", "0", "\"TEAM\"", "", "\"RAISE_PRIORITY\"", ""),
        row("EnterpriseLow", "\"CALL_BACK\"", "\"LOW\"", "\"customer-service\"", "\"enterprise\"", "1", "0", "\"TEAM_MANAGERS\"", "",
            "\"RAISE_PRIORITY\"", ""),
        row("EnterpriseQueue", "\"CALL_BACK\"", "\"LOW\"", "\"customer-service\"", "\"enterprise\"", "2", "2", "\"TEAM\"", "",
            "\"REASSIGN_TO_TEAM_QUEUE\"", ""),
        row("ResolutionBob", "\"RESOLUTION\"", "", "\"customer-service\"", "", "1", "8", "\"USER\"", "\"mike\"", "\"REASSIGN_TO_USER\"",
            "\"bob\""),
        row("ResolutionLeads", "\"RESOLUTION\"", "", "\"customer-service\"", "", "2", "16", "\"GROUP\"", "\"cx-leads\"", "\"NOTIFY\"", ""))
        + "\n"));
  }

  private static String row(String id, String... cells) {
    StringBuilder row = new StringBuilder("<rule id=\"Rule" + id + "\">");
    for (int cell = 0; cell < cells.length; cell++) {
      String kind = cell < 4 ? "inputEntry" : "outputEntry";
      row.append("<").append(kind).append(" id=\"Rule").append(id).append(cell).append("\"><text>").append(cells[cell])
          .append("</text></").append(kind).append(">");
    }
    return row.append("</rule>").toString();
  }

  private static String shippedXml() throws Exception {
    return Files.readString(Path.of("bpmn/escalation-ladder.dmn"));
  }

  private static DmnDecision parse(String xml) {
    return dmn.parseDecision(ProcessKeys.ESCALATION_LADDER, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<EscalationStep> evaluate(DmnDecision decision, CasePhase phase, Priority priority, String team, String segment) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("phase", phase.name());
    facts.put("priority", priority.name());
    facts.put("team", team);
    facts.put("segment", segment);
    return dmn.evaluateDecision(decision, facts).stream().map(CamundaEscalationLadder::step).toList();
  }
}
