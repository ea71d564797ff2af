package io.closedloop.intake.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.intake.AnswerFacts;
import io.closedloop.intake.NpsCategory;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer-routing decision table as shipped in bpmn/answer-routing.dmn, fed as the product feeds it. */
class AnswerRoutingTableTest {

  private static DmnEngine dmn;
  private static DmnDecision routing;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = AnswerRoutingTableTest.class.getResourceAsStream("/bpmn/answer-routing.dmn")) {
      routing = dmn.parseDecision(DecidingAnswerRoute.DECISION, table);
    }
  }

  @ParameterizedTest(name = "{0} {1}, comment {2}, open case {3}, employee is a user {4} -> {7}")
  @CsvSource(nullValues = "null", value = {
      // one open case per customer: whatever the answer, it joins the open case
      "DETRACTOR, 2,  true,  true,  false, private,    store,   JOIN_OPEN_CASE",
      "PASSIVE,   8,  true,  true,  false, null,       null,    JOIN_OPEN_CASE",
      "PROMOTER,  10, true,  true,  true,  enterprise, website, JOIN_OPEN_CASE",
      "PROMOTER,  9,  false, true,  false, null,       null,    JOIN_OPEN_CASE",
      // detractors open cases as before
      "DETRACTOR, 0,  false, false, false, null,       null,    OPEN_CASE",
      "DETRACTOR, 6,  true,  false, true,  enterprise, store,   OPEN_CASE",
      // a passive who said why gets a follow-up task; a silent one goes nowhere
      "PASSIVE,   7,  true,  false, false, private,    store,   FOLLOW_UP",
      "PASSIVE,   8,  true,  false, true,  null,       null,    FOLLOW_UP",
      "PASSIVE,   8,  false, false, false, null,       null,    NONE",
      // a promoter's words go to the employee they name, if that employee is a user
      "PROMOTER,  10, true,  false, true,  private,    store,   PRAISE",
      "PROMOTER,  9,  true,  false, false, private,    store,   NONE",
      "PROMOTER,  9,  false, false, true,  null,       null,    NONE"})
  void routes_each_answer_by_category_comment_open_case_and_employee(NpsCategory category, int score, boolean hasComment,
      boolean openCase, boolean employeeHasUser, String segment, String touchpoint, String route) {
    AnswerFacts facts = new AnswerFacts(category, score, hasComment, openCase, employeeHasUser, segment, touchpoint);

    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(routing, DecidingAnswerRoute.variables(facts)).getFirstResult();

    assertThat(result.<String>getEntry("route")).isEqualTo(route);
  }
}
