package io.closedloop.cases;

import io.closedloop.customermail.MailRecipient;
import io.closedloop.ideas.ProposingIdea;
import io.closedloop.reference.RootCauses;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner closes the loop with a reached customer: a root cause from the taxonomy, the
 * outcome, notes, the close-the-loop message and how it reaches the customer (by email only to one
 * who has an address and has not opted out), and maybe an improvement idea. Checked here, then
 * handed to the case's process, which records it (see {@link RecordingResolution}).
 */
@Service
public class ResolvingCase {

  private final CaseAccess cases;
  private final RootCauses rootCauses;
  private final ProposingIdea proposing;
  private final CaseWorkflow workflow;
  private final CloseTheLoopMail mails;

  ResolvingCase(CaseAccess cases, RootCauses rootCauses, ProposingIdea proposing, CaseWorkflow workflow,
      CloseTheLoopMail mails) {
    this.cases = cases;
    this.rootCauses = rootCauses;
    this.proposing = proposing;
    this.workflow = workflow;
    this.mails = mails;
  }

  @Transactional
  public void resolve(ResolveCase command) {
    ensureAllowed(command);
    workflow.resolutionSubmitted(command.caseId(), command);
  }

  /** Every rule of resolving, whichever door it comes through (our pages and API, or Tasklist). */
  public void ensureAllowed(ResolveCase command) {
    DetractorCase resolved = cases.load(command.caseId());
    List<FieldError> errors = problems(command);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    resolved.whyCannotResolve(command.by()).ifPresent(why -> {
      throw new CaseActionNotAllowed(why);
    });
  }

  private List<FieldError> mailProblems(ResolveCase command) {
    List<FieldError> errors = new ArrayList<>();
    if (command.closeTheLoopMessage() == null || command.closeTheLoopMessage().isBlank()) {
      errors.add(new FieldError("closeTheLoopMessage", "is required to send it by email"));
    }
    mails.recipientOf(command.caseId()).whyNot().ifPresent(why -> errors.add(new FieldError("closeTheLoopChannel",
        why == MailRecipient.Refusal.OPTED_OUT ? "cannot be EMAIL: the customer opted out of mail"
            : "cannot be EMAIL: the customer has no email address")));
    return errors;
  }

  List<FieldError> problems(ResolveCase command) {
    List<FieldError> errors = new ArrayList<>();
    if (!rootCauses.isLeaf(command.rootCause())) {
      errors.add(new FieldError("rootCause", "must be a root cause of the taxonomy such as service.waiting-time"));
    }
    if (command.outcome() == null) {
      errors.add(new FieldError("outcome", "is required: RECOVERED, PARTIALLY_RECOVERED or NOT_RECOVERED"));
    }
    if (command.notes() == null || command.notes().isBlank()) {
      errors.add(new FieldError("notes", "are required"));
    } else if (command.notes().length() > 10_000) {
      errors.add(new FieldError("notes", "must be at most 10000 characters"));
    }
    if (command.closeTheLoopMessage() != null && command.closeTheLoopMessage().length() > 10_000) {
      errors.add(new FieldError("closeTheLoopMessage", "must be at most 10000 characters"));
    }
    if (command.closeTheLoopChannel() == CloseTheLoopChannel.EMAIL) {
      errors.addAll(mailProblems(command));
    }
    if (command.idea() != null) {
      errors.addAll(proposing.problems(command.idea(), "idea."));
    }
    return errors;
  }
}
