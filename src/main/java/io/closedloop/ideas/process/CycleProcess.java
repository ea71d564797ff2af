package io.closedloop.ideas.process;

import static io.closedloop.ideas.process.CycleVariables.*;

import io.closedloop.ideas.ClosingCycle;
import io.closedloop.ideas.ConfirmSelection;
import io.closedloop.ideas.CycleQueries;
import io.closedloop.ideas.EvaluateIdea;
import io.closedloop.ideas.EvaluatingIdea;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.IdeaStatus;
import io.closedloop.ideas.MarkingIdeaDone;
import io.closedloop.ideas.OpeningCycle;
import io.closedloop.ideas.PreparingAgenda;
import io.closedloop.ideas.PresentingPlan;
import io.closedloop.ideas.SelectingIdeas;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the improvement-cycle BPMN calls ({@code ${cycleProcess.prepareAgenda(execution)}}): each
 * method reads the variables it needs, calls one use case of the ideas module, and writes back
 * what gateways, multi-instance collections, timers and task assignment need. No rules live here.
 */
@Component("cycleProcess")
public class CycleProcess {

  private final OpeningCycle opening;
  private final PreparingAgenda preparing;
  private final EvaluatingIdea evaluating;
  private final SelectingIdeas selecting;
  private final MarkingIdeaDone markingDone;
  private final PresentingPlan presenting;
  private final ClosingCycle closing;
  private final CycleQueries cycles;
  private final IdeaBacklog backlog;

  CycleProcess(OpeningCycle opening, PreparingAgenda preparing, EvaluatingIdea evaluating, SelectingIdeas selecting,
      MarkingIdeaDone markingDone, PresentingPlan presenting, ClosingCycle closing, CycleQueries cycles, IdeaBacklog backlog) {
    this.opening = opening;
    this.preparing = preparing;
    this.evaluating = evaluating;
    this.selecting = selecting;
    this.markingDone = markingDone;
    this.presenting = presenting;
    this.closing = closing;
    this.cycles = cycles;
    this.backlog = backlog;
  }

  /** The timer started the process: it becomes the new cycle, or ends because one is running (recorded as skipped). */
  public void openOnSchedule(DelegateExecution execution) {
    Optional<UUID> cycleId = opening.openOnSchedule();
    execution.setVariable(OPENED, cycleId.isPresent());
    cycleId.ifPresent(id -> {
      execution.setVariable(CYCLE_ID, id.toString());
      execution.setProcessBusinessKey(id.toString());
    });
  }

  public void prepareAgenda(DelegateExecution execution) {
    PreparingAgenda.AgendaPrepared agenda = preparing.prepare(cycleId(execution));
    execution.setVariable(EVALUATION_COUNT, agenda.dueForEvaluation().size());
  }

  public List<String> ideasToEvaluate(String cycleId) {
    return cycles.agendaOf(UUID.fromString(cycleId)).dueForEvaluation().stream().map(idea -> idea.id().toString()).toList();
  }

  public void evaluationSubmitted(DelegateTask task) {
    Object implemented = task.getVariable(IMPLEMENTED);
    evaluating.evaluate(new EvaluateIdea(UUID.fromString((String) task.getVariable(CYCLE_ID)), ideaId(task),
        implemented == null ? null : Boolean.valueOf(implemented.toString()), (String) task.getVariable(EFFECT), actor(task)));
  }

  public void applySelectionRule(String cycleId) {
    selecting.applyRule(UUID.fromString(cycleId));
  }

  public void recordSelection(DelegateExecution execution) {
    SelectingIdeas.SelectionConfirmed confirmed = selecting.confirm(new ConfirmSelection(cycleId(execution),
        ids((String) execution.getVariable(CHOSEN_IDEAS)), (String) execution.getVariable(OVERRIDE_REASON),
        owners((String) execution.getVariable(OWNERS)), list((String) execution.getVariable(WORKING_GROUP)),
        (String) execution.getVariable(ACTOR)));
    execution.setVariable(HAS_LONG_TERM, confirmed.longTerm().isPresent());
    execution.setVariable(LONG_TERM_IDEA, confirmed.longTerm().map(UUID::toString).orElse(null));
    execution.setVariable(WORKING_GROUP, String.join(",", confirmed.workingGroup()));
    execution.setVariable(DUE_AT, Date.from(confirmed.dueAt()));
  }

  public List<String> shortTermIdeas(String cycleId) {
    return cycles.choicesOf(UUID.fromString(cycleId), "CHOSEN").stream()
        .filter(choice -> choice.horizon() == Horizon.SHORT_TERM)
        .map(choice -> choice.ideaId().toString())
        .toList();
  }

  public String ownerOf(String ideaId) {
    return backlog.get(UUID.fromString(ideaId)).getOwner();
  }

  public void ideaCarriedOut(DelegateTask task) {
    UUID ideaId = ideaId(task);
    if (backlog.get(ideaId).getStatus() != IdeaStatus.DONE) {
      markingDone.markDone(ideaId, (String) task.getVariable(DONE_NOTE), actor(task));
    }
  }

  public void planPresented(DelegateTask task) {
    UUID ideaId = UUID.fromString((String) task.getVariable(LONG_TERM_IDEA));
    presenting.present(ideaId, (String) task.getVariable(PLAN), actor(task));
  }

  public void closeCycle(String cycleId) {
    closing.close(UUID.fromString(cycleId));
  }

  /** Who completed a task: the engine's current user (Tasklist, the engine REST API, our API), or else its assignee. */
  public void taskCompleted(DelegateTask task) {
    task.setVariable(ACTOR, actor(task));
  }

  private static String actor(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Object actor = task.getVariable(ACTOR);
    return actor == null ? null : actor.toString();
  }

  private static UUID cycleId(VariableScope scope) {
    return UUID.fromString((String) scope.getVariable(CYCLE_ID));
  }

  private static UUID ideaId(DelegateTask task) {
    return UUID.fromString((String) task.getVariable(IDEA_ID));
  }

  private static List<UUID> ids(String commaSeparated) {
    List<String> ids = list(commaSeparated);
    return ids.isEmpty() ? null : ids.stream().map(UUID::fromString).toList();
  }

  private static Map<UUID, String> owners(String pairs) {
    Map<UUID, String> owners = new LinkedHashMap<>();
    for (String pair : list(pairs)) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        owners.put(UUID.fromString(parts[0].strip()), parts[1].strip());
      }
    }
    return owners;
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
  }
}
