package io.closedloop.cases.process;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.closedloop.cases.CasePhase;
import io.closedloop.cases.EscalationAction;
import io.closedloop.cases.EscalationLadder;
import io.closedloop.cases.EscalationStep;
import io.closedloop.cases.EscalationStep.Recipients;
import io.closedloop.cases.Priority;
import io.closedloop.workflow.LatestDecisions;
import io.closedloop.workflow.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder as the designer deployed it: the newest version of the decision
 * {@code escalation-ladder} (hit policy rule order), one step per matching row. The table depends on
 * its inputs only, so each version's answer for a phase, priority, team and segment is kept and
 * reused: the ladder costs no FEEL evaluation on most escalations.
 */
@Component
class CamundaEscalationLadder implements EscalationLadder {

  private static final int ANSWERS_KEPT = 10_000;

  private final LatestDecisions decisions;
  private final Cache<Question, List<EscalationStep>> answers = Caffeine.newBuilder().maximumSize(ANSWERS_KEPT).build();

  CamundaEscalationLadder(LatestDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public List<EscalationStep> stepsFor(CasePhase phase, Priority priority, String team, String segment) {
    LatestDecisions.Deployed table = decisions.of(ProcessKeys.ESCALATION_LADDER);
    return answers.get(new Question(table.definitionId(), phase, priority, team, segment), question -> evaluate(table, question));
  }

  private List<EscalationStep> evaluate(LatestDecisions.Deployed table, Question question) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("phase", question.phase().name());
    facts.put("priority", question.priority() == null ? null : question.priority().name());
    facts.put("team", question.team());
    facts.put("segment", question.segment());
    return decisions.evaluate(table, facts).stream().map(CamundaEscalationLadder::step).toList();
  }

  /** What the ladder is asked: of which deployed version, for which case. */
  private record Question(String definitionId, CasePhase phase, Priority priority, String team, String segment) {}

  /** One row's outputs as a step; a row the domain cannot take fails the job with the table's words. */
  static EscalationStep step(DmnDecisionResultEntries row) {
    try {
      return new EscalationStep(number(row, "level"), number(row, "businessHoursAfterDeadline"),
          Recipients.valueOf(text(row, "recipients")), text(row, "recipient"), EscalationAction.valueOf(text(row, "action")),
          text(row, "actionTarget"));
    } catch (RuntimeException wrong) {
      throw new IllegalStateException("The escalation ladder has a row the product cannot apply " + row + ": " + wrong.getMessage(), wrong);
    }
  }

  private static int number(DmnDecisionResultEntries row, String name) {
    Object value = row.get(name);
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static String text(DmnDecisionResultEntries row, String name) {
    Object value = row.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
