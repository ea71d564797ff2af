package io.closedloop.cases;

import io.closedloop.customermail.CustomerMailbox;
import io.closedloop.customermail.MailKind;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.shared.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process mails a resolved case's close-the-loop message to the customer: the message as the
 * agent wrote it, under the subject of the template for the customer's language and preference,
 * queued in the outbox with the case's other changes. A customer who opted out or lost their
 * address since the agent resolved is not mailed; the timeline says so.
 */
@Service
public class SendingCloseTheLoopMail {

  private final CaseAccess cases;
  private final CloseTheLoopMail mails;
  private final CustomerMailbox mailbox;
  private final CaseTimeline timeline;

  SendingCloseTheLoopMail(CaseAccess cases, CloseTheLoopMail mails, CustomerMailbox mailbox, CaseTimeline timeline) {
    this.cases = cases;
    this.mails = mails;
    this.mailbox = mailbox;
    this.timeline = timeline;
  }

  @Transactional
  public void send(CaseId caseId) {
    DetractorCase resolved = cases.load(caseId);
    if (resolved.getCloseTheLoopChannel() != CloseTheLoopChannel.EMAIL) {
      return;
    }
    MailRecipient recipient = mails.recipientOf(resolved);
    if (!recipient.canBeMailed()) {
      String why = recipient.whyNot().orElseThrow().name();
      timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.MAIL_FAILED, "Close-the-loop mail not sent: " + why,
          Wording.of("mailRefused." + why));
      return;
    }
    String subject = mails.draft(resolved, recipient, resolved.getOwner(), resolved.getCloseTheLoopMessage()).subject();
    mailbox.queue(MailKind.CLOSE_THE_LOOP, recipient, subject, resolved.getCloseTheLoopMessage(), caseId.value());
  }
}
