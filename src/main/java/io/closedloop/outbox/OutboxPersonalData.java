package io.closedloop.outbox;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail and webhook calls that went to a customer or were about their cases. Erased, a message
 * loses its body, subject and (for mail to the customer) the address; one not yet sent is not sent
 * any more. When and how it was sent stays, as on the case's timeline.
 */
@Component
class OutboxPersonalData implements PersonalDataHolder {

  private static final String OF_CUSTOMER = "(customer_id = :customer or case_id in (select id from detractor_case where customer_id = :customer))";
  private static final String OF_CASES = "case_id in (:cases)";

  private final JdbcClient jdbc;
  private final Clock clock;

  OutboxPersonalData(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "outgoingMessages";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return ExportRows.of(jdbc.sql("""
            select id, channel, topic, case_id as "caseId", case when customer_id is null then null else recipient end as "to",
                   subject, body, status, created_at as "createdAt", sent_at as "sentAt", erased_at as "erasedAt"
            from outbox_message where %s order by created_at, id
            """.formatted(OF_CUSTOMER))
        .param("customer", subject.customerId()).query().listOfRows());
  }

  @Override
  public void erase(DataSubject subject) {
    String where = subject.wholeCustomer() ? OF_CUSTOMER : OF_CASES;
    if (!subject.wholeCustomer() && subject.caseIds().isEmpty()) {
      return;
    }
    JdbcClient.StatementSpec update = jdbc.sql("""
            update outbox_message set body = null, subject = null, unsubscribe_url = null,
              recipient = case when customer_id is null then recipient else :pseudonym end,
              status = case when status = 'QUEUED' then 'FAILED' else status end,
              last_error = case when status = 'QUEUED' then 'Erased before it was sent' else last_error end,
              erased_at = coalesce(erased_at, :now)
            where %s
            """.formatted(where))
        .param("pseudonym", subject.pseudonym()).param("now", Timestamp.from(clock.instant()));
    if (subject.wholeCustomer()) {
      update.param("customer", subject.customerId());
    } else {
      update.param("cases", subject.caseIds());
    }
    update.update();
  }
}
