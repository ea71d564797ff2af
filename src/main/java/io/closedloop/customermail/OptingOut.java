package io.closedloop.customermail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer stops getting mail from ClosedLoop, because an agent recorded that they asked, or
 * because they followed the unsubscribe link of a mail; an agent may allow mail again. Stored on the
 * customer, so it holds for every case and every later answer.
 */
@Service
public class OptingOut {

  /** How an opt-out came about. */
  public enum Source { AGENT, LINK }

  private final JdbcClient jdbc;
  private final LinkTokens tokens;
  private final Clock clock;

  OptingOut(JdbcClient jdbc, LinkTokens tokens, Clock clock) {
    this.jdbc = jdbc;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Transactional
  public void optOut(UUID customerId, Source source, String by) {
    jdbc.sql("""
            insert into customer_mail_opt_out (customer_id, opted_out_at, source, by_user) values (:customer, :at, :source, :by)
            on conflict (customer_id) do nothing
            """)
        .param("customer", customerId).param("at", Timestamp.from(clock.instant())).param("source", source.name())
        .param("by", by).update();
  }

  @Transactional
  public void allowMail(UUID customerId) {
    jdbc.sql("delete from customer_mail_opt_out where customer_id = :customer").param("customer", customerId).update();
  }

  /** The customer an unsubscribe link is for; refused when the link was tampered with or expired. */
  public UUID customerOfLink(String token) {
    return UUID.fromString(tokens.verify(CustomerMailbox.UNSUBSCRIBE, token));
  }

  /** Opts out the customer an unsubscribe link is for; answers them. */
  @Transactional
  public UUID optOutByLink(String token) {
    UUID customer = customerOfLink(token);
    optOut(customer, Source.LINK, null);
    return customer;
  }
}
