package io.closedloop.notifications.mail;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alerts about a customer's cases that wait for a digest. Erased, they are deleted: the digest no
 * longer lists them (the in-app notifications stay, as they hold no customer's data of their own).
 */
@Component
class DigestPersonalData implements PersonalDataHolder {

  private static final String OF_CUSTOMER = "case_id in (select id from detractor_case where customer_id = :customer)";

  private final JdbcClient jdbc;

  DigestPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "alertDigests";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return ExportRows.of(jdbc.sql("""
            select id, user_id as "recipient", case_id as "caseId", type, message, created_at as "createdAt", due_at as "dueAt"
            from alert_digest_item where %s order by created_at, id
            """.formatted(OF_CUSTOMER))
        .param("customer", subject.customerId()).query().listOfRows());
  }

  @Override
  public void erase(DataSubject subject) {
    if (subject.wholeCustomer()) {
      jdbc.sql("delete from alert_digest_item where " + OF_CUSTOMER).param("customer", subject.customerId()).update();
    } else if (!subject.caseIds().isEmpty()) {
      jdbc.sql("delete from alert_digest_item where case_id in (:cases)").param("cases", subject.caseIds()).update();
    }
  }
}
