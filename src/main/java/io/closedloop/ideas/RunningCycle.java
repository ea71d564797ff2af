package io.closedloop.ideas;

import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator works a cycle's steps through the API: closing the meeting's voting, confirming
 * the selection, evaluating chosen ideas. Each step checks its input, then completes the cycle's
 * task, which applies the same use case as the form in Tasklist.
 */
@Service
public class RunningCycle {

  private final CycleQueries cycles;
  private final SelectingIdeas selecting;
  private final EvaluatingIdea evaluating;
  private final CycleWorkflow workflow;

  RunningCycle(CycleQueries cycles, SelectingIdeas selecting, EvaluatingIdea evaluating, CycleWorkflow workflow) {
    this.cycles = cycles;
    this.selecting = selecting;
    this.evaluating = evaluating;
    this.workflow = workflow;
  }

  @Transactional
  public void closeMeeting(UUID cycleId, String by) {
    ImprovementCycle cycle = cycles.get(cycleId);
    if (cycle.getStatus() != CycleStatus.MEETING) {
      throw new IdeaActionNotAllowed("The meeting of cycle " + cycle.getNumber() + " is not open (" + cycle.getStatus() + ")");
    }
    workflow.closeMeeting(cycleId, by);
  }

  @Transactional
  public void confirmSelection(ConfirmSelection selection) {
    List<FieldError> errors = selecting.problems(selection);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    workflow.confirmSelection(selection);
  }

  @Transactional
  public void evaluate(EvaluateIdea evaluation) {
    List<FieldError> errors = evaluating.problems(evaluation);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    workflow.submitEvaluation(evaluation);
  }
}
