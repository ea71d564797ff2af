package io.closedloop.cases.process;

import static io.closedloop.cases.process.CaseVariables.*;

import io.closedloop.calendar.ResolutionDeadline.ResolutionClock;
import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CasePhase;
import io.closedloop.cases.CasePlan;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseSettings;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.ClosingUnreachable;
import io.closedloop.cases.EscalatingCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.PlanCase;
import io.closedloop.cases.PlanningCase;
import io.closedloop.cases.PlanningResolution;
import io.closedloop.cases.Priority;
import io.closedloop.cases.RaisingAlarm;
import io.closedloop.cases.RecordingContactAttempt;
import io.closedloop.cases.RecordingContactAttempt.AttemptRecorded;
import io.closedloop.cases.RecordingResolution;
import io.closedloop.cases.RemindingOwner;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.SchedulingNextAttempt;
import io.closedloop.cases.SendingCloseTheLoopMail;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.ProposeIdea;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the detractor-case BPMN calls ({@code ${caseProcess.escalate(caseId, 1)}}): each method
 * reads the variables it needs, calls one use case of the cases module, and writes back what
 * gateways, timers and task assignment need. No rules live here.
 */
@Component("caseProcess")
public class CaseProcess {

  private final PlanningCase planning;
  private final PlanningResolution planningResolution;
  private final RaisingAlarm alarm;
  private final RemindingOwner reminding;
  private final EscalatingCase escalating;
  private final RecordingContactAttempt recordingAttempt;
  private final SchedulingNextAttempt scheduling;
  private final ClosingUnreachable closingUnreachable;
  private final RecordingResolution recordingResolution;
  private final SendingCloseTheLoopMail closeTheLoopMail;
  private final ClaimingCase claiming;
  private final AssigningCase assigning;
  private final CaseQueries queries;
  private final CaseSettings settings;
  private final CaseTaskGuard guard;

  CaseProcess(PlanningCase planning, PlanningResolution planningResolution, RaisingAlarm alarm, RemindingOwner reminding, EscalatingCase escalating,
      RecordingContactAttempt recordingAttempt, SchedulingNextAttempt scheduling, ClosingUnreachable closingUnreachable,
      RecordingResolution recordingResolution, SendingCloseTheLoopMail closeTheLoopMail, ClaimingCase claiming, AssigningCase assigning, CaseQueries queries,
      CaseSettings settings, CaseTaskGuard guard) {
    this.planning = planning;
    this.planningResolution = planningResolution;
    this.alarm = alarm;
    this.reminding = reminding;
    this.escalating = escalating;
    this.recordingAttempt = recordingAttempt;
    this.scheduling = scheduling;
    this.closingUnreachable = closingUnreachable;
    this.recordingResolution = recordingResolution;
    this.closeTheLoopMail = closeTheLoopMail;
    this.claiming = claiming;
    this.assigning = assigning;
    this.queries = queries;
    this.settings = settings;
    this.guard = guard;
  }

  public void plan(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable(ROUTING);
    CasePlan plan = planning.plan(new PlanCase(caseId(execution), (String) routing.get("owningTeam"),
        Priority.valueOf((String) routing.get("priority")), ((Number) routing.get("slaHours")).intValue(),
        (String) execution.getVariable(ACCOUNT_OWNER)));
    execution.setVariable(TEAM, plan.team());
    execution.setVariable(OWNER, plan.owner());
    execution.setVariable(TEAM_MANAGERS, String.join(",", plan.teamManagers()));
    execution.setVariable(REMINDER_AT, Date.from(plan.reminderAt()));
    execution.setVariable(CALLBACK_DUE, Date.from(plan.callbackDue()));
    execution.setVariable(HEAD_OF_CX_GROUP, settings.headOfCustomerExperienceGroup());
    nextEscalation(execution, escalating.nextEscalationAt(caseId(execution), CasePhase.CALL_BACK));
    execution.setVariable(NEXT_ATTEMPT_DUE, Date.from(plan.callbackDue()));
    execution.setVariable(MAX_FAILED_ATTEMPTS, settings.maxFailedAttempts());
    execution.setVariable(FAILED_ATTEMPTS, 0);
    execution.setVariable(REACHED, false);
  }

  public void raiseAlarm(String caseId) {
    alarm.raise(CaseId.of(caseId));
  }

  /** The alarm review task goes to the team's managers (and the head of customer experience, by its candidate group). */
  public void alarmTaskCreated(DelegateTask task) {
    Object managers = task.getVariable(TEAM_MANAGERS);
    if (managers != null) {
      for (String manager : managers.toString().split(",")) {
        if (!manager.isBlank()) {
          task.addCandidateUser(manager.strip());
        }
      }
    }
  }

  public void remind(String caseId) {
    reminding.remind(CaseId.of(caseId));
  }

  /** Reminds of the deadline of a phase ({@code CALL_BACK} or {@code RESOLUTION}). */
  public void remindOfDeadline(String caseId, String phase) {
    reminding.remind(CaseId.of(caseId), CasePhase.valueOf(phase));
  }

  /**
   * The customer was reached: sets the resolution deadline from the routing decision's
   * {@code resolutionDays}, its reminder, and when the resolution phase's ladder starts.
   */
  public void planResolution(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable(ROUTING);
    Object days = routing == null ? null : routing.get("resolutionDays");
    ResolutionClock clock = planningResolution.plan(caseId(execution), days instanceof Number number ? number.intValue() : null);
    execution.setVariable(RESOLUTION_REMINDER_AT, Date.from(clock.reminderAt()));
    execution.setVariable(RESOLUTION_DUE, Date.from(clock.resolutionDue()));
    nextEscalation(execution, escalating.nextEscalationAt(caseId(execution), CasePhase.RESOLUTION));
  }

  /** Whether the resolution chose to mail the customer its close-the-loop message. */
  public boolean closesTheLoopByEmail(DelegateExecution execution) {
    return closeTheLoopChannel(execution) == CloseTheLoopChannel.EMAIL;
  }

  public void sendCloseTheLoopMail(String caseId) {
    closeTheLoopMail.send(CaseId.of(caseId));
  }

  /** Applies the levels of the phase's escalation ladder that are due, and says when the next one is. */
  public void escalateDue(DelegateExecution execution, String phase) {
    nextEscalation(execution, escalating.escalateDue(caseId(execution), CasePhase.valueOf(phase)));
  }

  /** Escalates the call-back phase to a level at once (process versions with one timer per level). */
  public void escalate(String caseId, int level) {
    escalating.escalate(CaseId.of(caseId), level);
  }

  public void recordAttempt(DelegateExecution execution) {
    AttemptRecorded recorded = recordingAttempt.record(new LogContactAttempt(caseId(execution),
        Channel.valueOf((String) execution.getVariable(CHANNEL)), Boolean.TRUE.equals(execution.getVariable(REACHED)),
        (String) execution.getVariable(NOTE), actor(execution)));
    execution.setVariable(FAILED_ATTEMPTS, recorded.failedAttempts());
    execution.setVariable(REACHED, recorded.reached());
  }

  public void scheduleNextAttempt(DelegateExecution execution) {
    execution.setVariable(NEXT_ATTEMPT_DUE, Date.from(scheduling.schedule(caseId(execution))));
  }

  public void closeUnreachable(DelegateExecution execution) {
    closingUnreachable.close(caseId(execution), ((Number) execution.getVariable(FAILED_ATTEMPTS)).intValue());
  }

  public void recordResolution(DelegateExecution execution) {
    recordingResolution.record(new ResolveCase(caseId(execution), (String) execution.getVariable(ROOT_CAUSE),
        Outcome.valueOf((String) execution.getVariable(OUTCOME)), (String) execution.getVariable(NOTES),
        (String) execution.getVariable(CLOSE_THE_LOOP_MESSAGE), closeTheLoopChannel(execution), idea(execution), actor(execution)));
  }

  /**
   * A task of the case was assigned: by our use cases (the owner already follows), or by a user
   * in Tasklist or the engine's REST API, which is checked and applied like our API's claim or
   * assignment.
   */
  public void taskAssigned(DelegateTask task) {
    String actor = currentUser(task);
    if (actor != null) {
      guard.assigned(task, actor);
      return;
    }
    String assignee = task.getAssignee();
    CaseId caseId = CaseId.of((String) task.getVariable(CASE_ID));
    String owner = queries.ownerOf(caseId);
    if (assignee == null || assignee.equals(owner)) {
      return;
    }
    if (owner == null) {
      claiming.claim(caseId, assignee);
    } else {
      assigning.assign(new AssignCase(caseId, assignee, "assigned in Tasklist", task.getAssignee()));
    }
  }

  /**
   * A task of the case is being completed. Through our use cases the actor is set already; a
   * form completed in Tasklist or the engine's REST API is checked like our API's request first,
   * and its user is the actor.
   */
  public void taskCompleted(DelegateTask task) {
    String current = currentUser(task);
    if (current != null) {
      task.setVariable(ACTOR, current);
      guard.completing(task, current);
    } else if (task.getVariable(ACTOR) == null) {
      task.setVariable(ACTOR, task.getAssignee());
    }
  }

  private static String currentUser(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static void nextEscalation(DelegateExecution execution, Optional<Instant> next) {
    execution.setVariable(ESCALATIONS_LEFT, next.isPresent());
    execution.setVariable(NEXT_ESCALATION_AT, next.map(Date::from).orElse(null));
  }

  private static ProposeIdea idea(DelegateExecution execution) {
    String joinId = (String) execution.getVariable(IDEA_ID);
    String title = (String) execution.getVariable(IDEA_TITLE);
    if (isBlank(joinId) && isBlank(title)) {
      return null;
    }
    String horizon = (String) execution.getVariable(IDEA_HORIZON);
    return ProposeIdea.withResolution(isBlank(joinId) ? null : UUID.fromString(joinId), title,
        (String) execution.getVariable(IDEA_DESCRIPTION), isBlank(horizon) ? null : Horizon.valueOf(horizon), actor(execution));
  }

  /** The case an execution belongs to: the process's business key, which no submitted variable can change. */
  private static CaseId caseId(DelegateExecution execution) {
    return CaseId.of(execution.getProcessBusinessKey());
  }

  private static CloseTheLoopChannel closeTheLoopChannel(DelegateExecution execution) {
    Object channel = execution.getVariable(CLOSE_THE_LOOP_CHANNEL);
    return channel == null ? CloseTheLoopChannel.NONE : CloseTheLoopChannel.valueOf(channel.toString());
  }

  private static String actor(DelegateExecution execution) {
    Object actor = execution.getVariable(ACTOR);
    return actor == null ? (String) execution.getVariable(OWNER) : actor.toString();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
