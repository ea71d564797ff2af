package io.closedloop.resurvey.process;

import static io.closedloop.resurvey.process.ReSurveyVariables.*;

import io.closedloop.cases.CaseId;
import io.closedloop.resurvey.CheckingWhetherToAsk;
import io.closedloop.resurvey.NotingUnansweredReSurvey;
import io.closedloop.resurvey.OpeningFollowUpCase;
import io.closedloop.resurvey.ReSurvey;
import io.closedloop.resurvey.SendingReSurvey;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the BPMN calls about re-surveys ({@code ${reSurveyProcess.send(execution)}}): the case's process
 * plans one when the case closes ({@code ${reSurveyProcess.planReSurvey(execution)}}), and the
 * {@code re-survey} process asks whether to ask, sends, opens a follow-up case and notes an expiry.
 * Each method reads the case id from the business key, calls one use case and writes back what
 * gateways and timers need. No rules live here.
 */
@Component("reSurveyProcess")
public class ReSurveyProcess {

  private final PlanningReSurveyProcess planning;
  private final CheckingWhetherToAsk checking;
  private final SendingReSurvey sending;
  private final OpeningFollowUpCase openingFollowUp;
  private final NotingUnansweredReSurvey notingExpiry;

  ReSurveyProcess(PlanningReSurveyProcess planning, CheckingWhetherToAsk checking, SendingReSurvey sending,
      OpeningFollowUpCase openingFollowUp, NotingUnansweredReSurvey notingExpiry) {
    this.planning = planning;
    this.checking = checking;
    this.sending = sending;
    this.openingFollowUp = openingFollowUp;
    this.notingExpiry = notingExpiry;
  }

  /**
   * Starts the {@code re-survey} process of the closing case (the caller's business key), waiting
   * {@code closedloop.resurvey.delay}; a case is re-surveyed once, however often this is called.
   */
  public void planReSurvey(DelegateExecution execution) {
    planning.plan(caseId(execution));
  }

  public boolean mayBeAsked(DelegateExecution execution) {
    return checking.mayBeAsked(caseId(execution));
  }

  public void send(DelegateExecution execution) {
    Optional<ReSurvey> sent = sending.send(caseId(execution));
    execution.setVariable(SENT, sent.isPresent());
    execution.setVariable(LINK_EXPIRES_AT, sent.map(reSurvey -> Date.from(reSurvey.expiresAt())).orElse(null));
  }

  public void openFollowUpCase(DelegateExecution execution) {
    openingFollowUp.open(caseId(execution));
  }

  public void noteExpiry(DelegateExecution execution) {
    notingExpiry.note(caseId(execution));
  }

  private static CaseId caseId(DelegateExecution execution) {
    return CaseId.of(execution.getProcessBusinessKey());
  }
}
