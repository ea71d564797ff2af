package io.closedloop.cases;

import java.util.List;

/**
 * The escalation ladder a process designer owns (decision {@code escalation-ladder} in
 * {@code bpmn/escalation-ladder.dmn}): the steps that apply to a case in a phase, in the table's
 * order. Implemented on the decision engine in {@code cases/process}.
 */
public interface EscalationLadder {

  List<EscalationStep> stepsFor(CasePhase phase, Priority priority, String team, String segment);
}
