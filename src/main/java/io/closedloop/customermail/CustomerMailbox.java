package io.closedloop.customermail;

import io.closedloop.outbox.Outbox;
import io.closedloop.outbox.OutgoingMail;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.NotFoundException;
import io.closedloop.shared.PublicAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of the customers may be mailed, and the one way mail to a customer is queued: only to one who
 * has an address and has not opted out, with the unsubscribe link in its footer and its
 * {@code List-Unsubscribe} header. The language is the one the customer last answered in (Danish or
 * English), else {@code closedloop.ui.language}.
 */
@Service
public class CustomerMailbox {

  static final String UNSUBSCRIBE = "unsubscribe";
  private static final Duration UNSUBSCRIBE_LINK_LIFE = Duration.ofDays(366);

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final LinkTokens tokens;
  private final PublicAddress address;
  private final Clock clock;
  private final String defaultLanguage;

  CustomerMailbox(JdbcClient jdbc, Outbox outbox, LinkTokens tokens, PublicAddress address, Clock clock,
      @Value("${closedloop.ui.language:en}") String defaultLanguage) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.tokens = tokens;
    this.address = address;
    this.clock = clock;
    this.defaultLanguage = defaultLanguage;
  }

  @Transactional(readOnly = true)
  public MailRecipient recipient(UUID customerId) {
    return jdbc.sql("""
            select c.id, c.name, c.email, c.service_preference, o.customer_id is not null as opted_out,
                   (select r.language from response r where r.customer_id = c.id and r.language in ('da', 'en')
                    order by r.answered_at desc limit 1) as language
            from customer c left join customer_mail_opt_out o on o.customer_id = c.id
            where c.id = :id
            """)
        .param("id", customerId)
        .query((rs, row) -> new MailRecipient(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
            rs.getString("language") == null ? defaultLanguage : rs.getString("language"), rs.getString("service_preference"),
            rs.getBoolean("opted_out")))
        .optional().orElseThrow(() -> new NotFoundException("No customer " + customerId));
  }

  /**
   * Queues a mail to the customer in the caller's transaction, with the unsubscribe footer in the
   * mail's language; answers its id. Refused when the customer cannot be mailed.
   */
  @Transactional
  public UUID queue(MailKind kind, MailRecipient recipient, String subject, String body, UUID caseId) {
    if (!recipient.canBeMailed()) {
      throw new ConflictException("The customer cannot be mailed: " + recipient.whyNot().orElseThrow());
    }
    String unsubscribeUrl = unsubscribeUrl(recipient.customerId());
    String footer = "da".equals(recipient.language())
        ? "\n\n--\nVil du ikke have mere mail fra os om din feedback? Afmeld her: " + unsubscribeUrl
        : "\n\n--\nDon't want more mail from us about your feedback? Unsubscribe: " + unsubscribeUrl;
    return outbox.queue(OutgoingMail.toCustomer(kind.name(), recipient.email(), subject, body.stripTrailing() + footer,
        caseId, recipient.customerId(), unsubscribeUrl));
  }

  /** The customer's own link that opts them out of mail. */
  public String unsubscribeUrl(UUID customerId) {
    return address.of("/u/" + tokens.sign(UNSUBSCRIBE, customerId.toString(), clock.instant().plus(UNSUBSCRIBE_LINK_LIFE)));
  }
}
