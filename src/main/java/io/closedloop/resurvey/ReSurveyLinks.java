package io.closedloop.resurvey;

import io.closedloop.customermail.CustomerMailbox;
import io.closedloop.customermail.LinkRefused;
import io.closedloop.customermail.LinkTokens;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-survey a link opens: refused ({@link LinkRefused}) when the link was tampered with, made for
 * something else, or has expired.
 */
@Component
public class ReSurveyLinks {

  private final LinkTokens tokens;
  private final ReSurveyRecords records;
  private final CustomerMailbox mailbox;
  private final String companyName;

  ReSurveyLinks(LinkTokens tokens, ReSurveyRecords records, CustomerMailbox mailbox,
      @Value("${closedloop.company-name:ClosedLoop}") String companyName) {
    this.tokens = tokens;
    this.records = records;
    this.mailbox = mailbox;
    this.companyName = companyName;
  }

  @Transactional(readOnly = true)
  public ReSurveyQuestion question(String token) {
    ReSurvey reSurvey = reSurveyOf(token);
    String name = mailbox.recipient(reSurvey.customerId()).name();
    return new ReSurveyQuestion(reSurvey, name == null ? "" : name, companyName);
  }

  ReSurvey reSurveyOf(String token) {
    String value = tokens.verify(SendingReSurvey.LINK_PURPOSE, token);
    UUID id;
    try {
      id = UUID.fromString(value);
    } catch (IllegalArgumentException notOurs) {
      throw new LinkRefused(LinkRefused.Reason.INVALID);
    }
    return records.find(id).orElseThrow(() -> new LinkRefused(LinkRefused.Reason.INVALID));
  }
}
