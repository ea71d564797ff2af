package io.closedloop.cases;

import io.closedloop.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent logs an attempt to reach the customer. Only the owner logs attempts, only while the
 * customer has not been reached; the attempt goes through the case's process, which records it
 * (see {@link RecordingContactAttempt}) and decides what comes next.
 */
@Service
public class LoggingContactAttempt {

  private final CaseAccess cases;
  private final CaseWorkflow workflow;

  LoggingContactAttempt(CaseAccess cases, CaseWorkflow workflow) {
    this.cases = cases;
    this.workflow = workflow;
  }

  @Transactional
  public void log(LogContactAttempt command) {
    ensureAllowed(command);
    workflow.contactAttempted(command.caseId(), command);
  }

  /** Every rule of logging an attempt, whichever door it comes through (our pages and API, or Tasklist). */
  public void ensureAllowed(LogContactAttempt command) {
    if (command.channel() == null) {
      throw new InvalidInputException("channel", "is required: PHONE, EMAIL, SMS or MEETING");
    }
    if (command.note() != null && command.note().length() > 10_000) {
      throw new InvalidInputException("note", "must be at most 10000 characters");
    }
    cases.load(command.caseId()).whyCannotLogAttempt(command.by()).ifPresent(why -> {
      throw new CaseActionNotAllowed(why);
    });
  }
}
