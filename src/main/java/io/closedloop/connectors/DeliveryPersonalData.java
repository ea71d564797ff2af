package io.closedloop.connectors;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored webhook events of a customer: those that became one of their responses, and those that
 * named them as the customer but failed. Erased, an event loses its payload (the answers, comment,
 * name and contact details as the tool sent them) and names the customer by the pseudonym; status,
 * dates and the response it made stay. Runs first among the holders, while the customer's external
 * id, which failed events are found by, is still the customer's own (intake's table, read only).
 */
@Component
@Order(0)
class DeliveryPersonalData implements PersonalDataHolder {

  private static final String OF_CUSTOMER = """
      (response_id in (select id from response where customer_id = :customer)
       or customer_external_id = (select external_id from customer where id = :customer))
      """;
  private static final String OF_CASES = "response_id in (select response_id from detractor_case where id in (:cases))";

  private final JdbcClient jdbc;
  private final Clock clock;

  DeliveryPersonalData(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "webhookDeliveries";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    List<Map<String, Object>> rows = jdbc.sql("""
            select source_delivery.id, s.name as "source", message_id as "messageId", received_at as "receivedAt", status,
                   response_id as "responseId", case_id as "caseId", payload, erased_at as "erasedAt"
            from source_delivery join response_source s on s.id = source_delivery.source_id
            where %s order by received_at, event_index
            """.formatted(OF_CUSTOMER))
        .param("customer", subject.customerId()).query().listOfRows();
    return ExportRows.of(rows);
  }

  @Override
  public void erase(DataSubject subject) {
    Timestamp now = Timestamp.from(clock.instant());
    if (subject.wholeCustomer()) {
      jdbc.sql("""
              update source_delivery set payload = null, customer_external_id = :pseudonym, erased_at = coalesce(erased_at, :now)
              where %s
              """.formatted(OF_CUSTOMER))
          .param("pseudonym", subject.pseudonym()).param("now", now).param("customer", subject.customerId()).update();
    } else if (!subject.caseIds().isEmpty()) {
      jdbc.sql("update source_delivery set payload = null, erased_at = coalesce(erased_at, :now) where " + OF_CASES)
          .param("now", now).param("cases", subject.caseIds()).update();
    }
  }
}
