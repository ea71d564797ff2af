package io.closedloop.cases;

import io.closedloop.customermail.CustomerMailbox;
import io.closedloop.customermail.MailKind;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.customermail.MailTemplates;
import io.closedloop.customermail.RenderedMail;
import io.closedloop.identity.StaffNames;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The close-the-loop mail of a case: drafted from the template for the customer's language and
 * service preference, with the customer's and the agent's names filled in, for the agent to edit.
 */
@Component
public class CloseTheLoopMail {

  private final CaseAccess cases;
  private final CustomerMailbox mailbox;
  private final MailTemplates templates;
  private final StaffNames staff;
  private final String companyName;

  CloseTheLoopMail(CaseAccess cases, CustomerMailbox mailbox, MailTemplates templates, StaffNames staff,
      @Value("${closedloop.company-name:ClosedLoop}") String companyName) {
    this.cases = cases;
    this.mailbox = mailbox;
    this.templates = templates;
    this.staff = staff;
    this.companyName = companyName;
  }

  /** Who the case's customer is as a mail recipient, and whether they may be mailed. */
  public MailRecipient recipientOf(CaseId caseId) {
    return recipientOf(cases.load(caseId));
  }

  /** Who this case's customer is as a mail recipient, and whether they may be mailed. */
  public MailRecipient recipientOf(DetractorCase drafted) {
    return mailbox.recipient(drafted.getCustomerId());
  }

  /** The template for this case's customer filled for the agent, with {@code resolution} as what was done. */
  public RenderedMail draft(DetractorCase drafted, MailRecipient recipient, String agent, String resolution) {
    return templates.render(MailKind.CLOSE_THE_LOOP, recipient.language(), recipient.servicePreference(),
        values(drafted, recipient, agent, resolution));
  }

  Map<String, String> values(DetractorCase drafted, MailRecipient recipient, String agent, String resolution) {
    Map<String, String> values = new HashMap<>();
    values.put("customerName", recipient.name() == null ? "" : recipient.name());
    values.put("agentName", staff.nameOf(agent));
    values.put("companyName", companyName);
    values.put("caseReference", drafted.getId().toString().substring(0, 8).toUpperCase());
    values.put("resolution", resolution == null ? "" : resolution);
    return values;
  }
}
