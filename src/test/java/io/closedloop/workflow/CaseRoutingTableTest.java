package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case-routing decision table as shipped in bpmn/case-routing.dmn. */
class CaseRoutingTableTest {

  private static DmnEngine dmn;
  private static DmnDecision routing;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = CaseRoutingTableTest.class.getResourceAsStream("/bpmn/case-routing.dmn")) {
      routing = dmn.parseDecision(ProcessKeys.CASE_ROUTING, table);
    }
  }

  @ParameterizedTest(name = "score {0}, alarming {1}, segment {2} -> {4} within {5} business hours")
  @CsvSource(nullValues = "null", value = {
      "0, true,  private,    website,          HIGH,   8",
      "2, true,  null,       null,             HIGH,   8",
      "3, false, private,    customer-service, HIGH,   8",
      "0, false, null,       store,            HIGH,   8",
      "3, false, enterprise, website,          HIGH,   4",
      "4, false, enterprise, website,          NORMAL, 16",
      "5, false, private,    invoice,          NORMAL, 16",
      "6, false, null,       null,             NORMAL, 16",
      "5, true,  private,    website,          HIGH,   8",
      "8, false, private,    website,          LOW,    16"})
  void routes_by_score_alarm_and_segment(int score, boolean alarming, String segment, String touchpoint, String priority, int slaHours) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("score", score);
    facts.put("alarming", alarming);
    facts.put("segment", segment);
    facts.put("touchpoint", touchpoint);
    facts.put("team", null);

    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(routing, facts).getSingleResult();

    assertThat(result.<String>getEntry("owningTeam")).isEqualTo("customer-service");
    assertThat(result.<String>getEntry("priority")).isEqualTo(priority);
    assertThat(result.<Number>getEntry("slaHours").intValue()).isEqualTo(slaHours);
    assertThat(result.<Number>getEntry("resolutionDays").intValue()).as("resolve within five business days once reached").isEqualTo(5);
  }
}
