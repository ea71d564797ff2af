package io.closedloop.cases.process;

import static io.closedloop.cases.process.CaseVariables.*;

import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.CaseActionNotAllowed;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseOwners;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.cases.TeamManagers;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.workflow.RefusedSteps;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * A case's step taken in Tasklist or through the engine's REST API by a logged-in user obeys the
 * same use cases and rules as our pages and API: a claim is a claim by a team member, giving the
 * task to someone else takes a manager of the case's team, and a completed form is checked like
 * our API's request. A refusal rolls the step back: the task stays as it was. The engine's answer
 * is 403 for who may not, 400 naming the field for what is wrong.
 */
@Component
class CaseTaskGuard {

  private final CaseQueries cases;
  private final TeamManagers managers;
  private final CaseOwners owners;
  private final ClaimingCase claiming;
  private final AssigningCase assigning;
  private final LoggingContactAttempt attempts;
  private final ResolvingCase resolving;
  private final ReviewingAlarm reviewing;

  CaseTaskGuard(CaseQueries cases, TeamManagers managers, CaseOwners owners, ClaimingCase claiming, AssigningCase assigning,
      LoggingContactAttempt attempts, ResolvingCase resolving, ReviewingAlarm reviewing) {
    this.cases = cases;
    this.managers = managers;
    this.owners = owners;
    this.claiming = claiming;
    this.assigning = assigning;
    this.attempts = attempts;
    this.resolving = resolving;
    this.reviewing = reviewing;
  }

  /** The user {@code actor} set the task's assignee: a claim, or giving the case to someone else. */
  void assigned(DelegateTask task, String actor) {
    CaseId caseId = caseOf(task);
    DetractorCase detractorCase = cases.get(caseId).detractorCase();
    String assignee = task.getAssignee();
    if (assignee == null) {
      throw invalid("assignee", "A case keeps its owner: a manager of " + detractorCase.getTeam() + " gives it to someone else");
    }
    if (assignee.equals(detractorCase.getOwner())) {
      return;
    }
    boolean claim = assignee.equals(actor) && detractorCase.getOwner() == null;
    if (claim) {
      try {
        claiming.claim(caseId, actor);
      } catch (CaseActionNotAllowed refused) {
        throw forbidden(refused.getMessage());
      }
      return;
    }
    if (!managers.manages(actor, detractorCase.getTeam())) {
      throw forbidden("Only a manager of " + detractorCase.getTeam() + " gives its cases to someone else");
    }
    owners.whyCannotOwn(assignee, detractorCase.getTeam()).ifPresent(why -> {
      throw invalid("assignee", why);
    });
    assigning.assign(new AssignCase(caseId, assignee, "assigned in Tasklist", actor));
  }

  /** The user {@code actor} completes the task with the variables it now holds. */
  void completing(DelegateTask task, String actor) {
    CaseId caseId = caseOf(task);
    try {
      switch (task.getTaskDefinitionKey()) {
        case CaseTasks.CALL_BACK -> attempts.ensureAllowed(attempt(task, caseId, actor));
        case CaseTasks.RESOLVE -> resolving.ensureAllowed(resolution(task, caseId, actor));
        case CaseTasks.REVIEW_ALARM -> review(task, caseId, actor);
        default -> { }
      }
    } catch (InvalidInputException invalid) {
      throw invalid(invalid.errors().get(0).field(), invalid.getMessage());
    } catch (CaseActionNotAllowed refused) {
      throw invalid("case", refused.getMessage());
    }
  }

  private void review(DelegateTask task, CaseId caseId, String actor) {
    String team = cases.get(caseId).detractorCase().getTeam();
    if (!managers.reviewsAlarmsOf(actor, team)) {
      throw forbidden("Only a manager of " + team + " or the head of customer experience reviews its alarms");
    }
    reviewing.recordReview(caseId, (String) task.getVariable(ALARM_ACTION), actor);
  }

  private static LogContactAttempt attempt(DelegateTask task, CaseId caseId, String actor) {
    return new LogContactAttempt(caseId, enumOf(Channel.class, CHANNEL, task.getVariable(CHANNEL)),
        Boolean.TRUE.equals(task.getVariable(REACHED)), (String) task.getVariable(NOTE), actor);
  }

  private static ResolveCase resolution(DelegateTask task, CaseId caseId, String actor) {
    return new ResolveCase(caseId, (String) task.getVariable(ROOT_CAUSE), enumOf(Outcome.class, OUTCOME, task.getVariable(OUTCOME)),
        (String) task.getVariable(NOTES), (String) task.getVariable(CLOSE_THE_LOOP_MESSAGE),
        enumOf(CloseTheLoopChannel.class, CLOSE_THE_LOOP_CHANNEL, task.getVariable(CLOSE_THE_LOOP_CHANNEL)), idea(task, actor), actor);
  }

  private static ProposeIdea idea(DelegateTask task, String actor) {
    String joinId = text(task.getVariable(IDEA_ID));
    String title = text(task.getVariable(IDEA_TITLE));
    if (joinId == null && title == null) {
      return null;
    }
    UUID existing;
    try {
      existing = joinId == null ? null : UUID.fromString(joinId);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException(IDEA_ID, "must be the id of an existing idea");
    }
    return ProposeIdea.withResolution(existing, title, text(task.getVariable(IDEA_DESCRIPTION)),
        enumOf(Horizon.class, IDEA_HORIZON, task.getVariable(IDEA_HORIZON)), actor);
  }

  /** The case the task belongs to, which no submitted variable can change. */
  private static CaseId caseOf(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (!businessKey.equals(task.getVariable(CASE_ID))) {
      throw invalid(CASE_ID, "caseId: the case of a task cannot be changed");
    }
    return CaseId.of(businessKey);
  }

  private static RuntimeException forbidden(String message) {
    return RefusedSteps.refuse(403, null, message, new AuthorizationException(message));
  }

  private static RuntimeException invalid(String field, String message) {
    return RefusedSteps.refuse(400, field, message, new FormFieldValidationException(field, message));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String field, Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
