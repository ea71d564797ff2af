package io.closedloop.ideas.process;

import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.SelectionRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for {@link CycleProcess} on the plain engine: a small in-memory backlog with votes,
 * chosen by the real {@link SelectionRule}, answering the BPMN's calls like the real adapter
 * (same method names, same variables written) and recording each call.
 */
public class RecordingCycleProcess {

  static final long DAY = 86_400_000L;

  final List<String> calls = new ArrayList<>();
  final Map<String, Horizon> horizons = new LinkedHashMap<>();
  final Map<String, Long> votes = new LinkedHashMap<>();
  final Map<String, Instant> createdAt = new LinkedHashMap<>();
  final List<String> backlog = new ArrayList<>();
  final Map<String, List<String>> chosenIn = new LinkedHashMap<>();
  final List<String> toEvaluate = new ArrayList<>();
  String running;
  String followingUp;
  int cycles;

  void idea(String name, Horizon horizon, long voteCount) {
    horizons.put(name, horizon);
    votes.put(name, voteCount);
    createdAt.put(name, Instant.ofEpochMilli(1_780_000_000_000L).plusSeconds(horizons.size()));
    backlog.add(name);
  }

  /** What OpeningCycle does by hand: end the follow-up before, open the next cycle, start its process. */
  String startByHand(RuntimeService runtime) {
    String cycleId = open(runtime);
    runtime.startProcessInstanceByMessage("improvement-cycle-started-by-hand", cycleId, Map.of("cycleId", cycleId));
    return cycleId;
  }

  public void openOnSchedule(DelegateExecution execution) {
    if (running != null) {
      calls.add("skipped while " + running + " runs");
      execution.setVariable("opened", false);
      return;
    }
    String cycleId = open(execution.getProcessEngineServices().getRuntimeService());
    execution.setVariable("opened", true);
    execution.setVariable("cycleId", cycleId);
    execution.setProcessBusinessKey(cycleId);
  }

  private String open(RuntimeService runtime) {
    if (followingUp != null) {
      runtime.createMessageCorrelation("next-cycle-opened").processInstanceBusinessKey(followingUp).correlateAll();
    }
    running = "cycle-" + ++cycles;
    calls.add("open " + running);
    return running;
  }

  public void prepareAgenda(DelegateExecution execution) {
    String previous = "cycle-" + (cycles - 1);
    toEvaluate.clear();
    toEvaluate.addAll(chosenIn.getOrDefault(previous, List.of()));
    execution.setVariable("evaluationCount", toEvaluate.size());
    calls.add("agenda " + execution.getVariable("cycleId") + ": evaluate " + toEvaluate + ", backlog " + backlog);
  }

  public List<String> ideasToEvaluate(String cycleId) {
    return List.copyOf(toEvaluate);
  }

  public void evaluationSubmitted(DelegateTask task) {
    String idea = (String) task.getVariable("ideaId");
    boolean implemented = Boolean.TRUE.equals(task.getVariable("implemented"));
    if (!implemented && horizons.get(idea) == Horizon.SHORT_TERM) {
      backlog.add(idea);
    }
    calls.add("evaluate " + idea + (implemented ? " implemented" : " not implemented"));
  }

  public void applySelectionRule(String cycleId) {
    SelectionRule.Selection selection = SelectionRule.apply(backlog.stream()
        .map(name -> new SelectionRule.Candidate(id(name), horizons.get(name), votes.get(name), createdAt.get(name)))
        .toList());
    List<String> picked = new ArrayList<>(selection.shortTerm().stream().map(this::name).toList());
    selection.longTerm().map(this::name).ifPresent(picked::add);
    chosenIn.put(cycleId, picked);
    calls.add("rule picks " + picked);
  }

  public void recordSelection(DelegateExecution execution) {
    String cycleId = (String) execution.getVariable("cycleId");
    Object override = execution.getVariable("chosenIdeas");
    List<String> chosen = override == null ? chosenIn.get(cycleId) : Arrays.asList(override.toString().split(","));
    chosenIn.put(cycleId, chosen);
    backlog.removeAll(chosen);
    String longTerm = chosen.stream().filter(name -> horizons.get(name) == Horizon.LONG_TERM).findFirst().orElse(null);
    execution.setVariable("hasLongTerm", longTerm != null);
    execution.setVariable("longTermIdea", longTerm);
    execution.setVariable("workingGroup", longTerm == null ? "" : execution.getVariable("workingGroup"));
    execution.setVariable("dueAt", new Date(ClockUtil.getCurrentTime().getTime() + 42 * DAY));
    running = null;
    followingUp = cycleId;
    calls.add("chosen " + chosen + " by " + execution.getVariable("actor"));
  }

  public List<String> shortTermIdeas(String cycleId) {
    return chosenIn.get(cycleId).stream().filter(name -> horizons.get(name) == Horizon.SHORT_TERM).toList();
  }

  public String ownerOf(String ideaId) {
    return "owner-of-" + ideaId;
  }

  public void ideaCarriedOut(DelegateTask task) {
    calls.add("done " + task.getVariable("ideaId"));
  }

  public void planPresented(DelegateTask task) {
    calls.add("plan for " + task.getVariable("longTermIdea") + ": " + task.getVariable("plan"));
  }

  public void closeCycle(String cycleId) {
    if (cycleId.equals(followingUp)) {
      followingUp = null;
    }
    calls.add("close " + cycleId);
  }

  public void taskCompleted(DelegateTask task) {
    if (task.getVariable("actor") == null) {
      task.setVariable("actor", "facilitator");
    }
  }

  private static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes());
  }

  private String name(UUID id) {
    return horizons.keySet().stream().filter(name -> id(name).equals(id)).findFirst().orElseThrow();
  }
}
