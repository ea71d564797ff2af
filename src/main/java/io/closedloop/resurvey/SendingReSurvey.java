package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseTimeline;
import io.closedloop.cases.TimelineEventType;
import io.closedloop.customermail.CustomerMailbox;
import io.closedloop.customermail.LinkTokens;
import io.closedloop.customermail.MailKind;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.customermail.MailTemplates;
import io.closedloop.customermail.RenderedMail;
import io.closedloop.shared.PublicAddress;
import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process mails the customer of a closed case the re-survey: one question behind a link signed
 * for this re-survey alone and good for {@code closedloop.resurvey.link-life}, in the customer's
 * language, queued in the outbox with the re-survey's record. A customer who opted out or lost their
 * address since the case closed is not mailed; the timeline says so. Sent once per case: asked
 * again, it answers the re-survey already sent.
 */
@Service
public class SendingReSurvey {

  static final String LINK_PURPOSE = "re-survey";

  private final ReSurveyRecords records;
  private final CaseQueries cases;
  private final CustomerMailbox mailbox;
  private final MailTemplates templates;
  private final LinkTokens tokens;
  private final PublicAddress address;
  private final CaseTimeline timeline;
  private final ReSurveySettings settings;
  private final Clock clock;
  private final String companyName;

  SendingReSurvey(ReSurveyRecords records, CaseQueries cases, CustomerMailbox mailbox, MailTemplates templates, LinkTokens tokens,
      PublicAddress address, CaseTimeline timeline, ReSurveySettings settings, Clock clock,
      @Value("${closedloop.company-name:ClosedLoop}") String companyName) {
    this.records = records;
    this.cases = cases;
    this.mailbox = mailbox;
    this.templates = templates;
    this.tokens = tokens;
    this.address = address;
    this.timeline = timeline;
    this.settings = settings;
    this.clock = clock;
    this.companyName = companyName;
  }

  /** The re-survey sent, or empty when the customer may no longer be mailed. */
  @Transactional
  public Optional<ReSurvey> send(CaseId caseId) {
    Optional<ReSurvey> earlier = records.ofCase(caseId.value());
    if (earlier.isPresent()) {
      return earlier;
    }
    MailRecipient recipient = mailbox.recipient(cases.customerOf(caseId));
    if (!recipient.canBeMailed()) {
      String why = recipient.whyNot().orElseThrow().name();
      timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.RE_SURVEY_NOT_ASKED, "Re-survey not sent: " + why,
          Wording.of("reSurveyNotSent." + why));
      return Optional.empty();
    }
    Instant now = clock.instant();
    ReSurvey reSurvey = new ReSurvey(UUID.randomUUID(), caseId.value(), recipient.customerId(),
        "da".equals(recipient.language()) ? "da" : "en", now, now.plus(settings.linkLife()), null, null, null);
    String link = address.of("/r/" + tokens.sign(LINK_PURPOSE, reSurvey.id().toString(), reSurvey.expiresAt()));
    RenderedMail mail = templates.render(MailKind.RE_SURVEY, reSurvey.language(), recipient.servicePreference(), Map.of(
        "customerName", recipient.name() == null ? "" : recipient.name(), "companyName", companyName,
        "caseReference", CaseReference.of(caseId.value()), "surveyLink", link));
    records.insert(reSurvey);
    mailbox.queue(MailKind.RE_SURVEY, recipient, mail.subject(), mail.body(), caseId.value());
    return Optional.of(reSurvey);
  }
}
