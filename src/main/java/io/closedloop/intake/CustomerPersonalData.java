package io.closedloop.intake;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer record, the history of its details ({@code customer_change}) and the responses: an
 * erased customer keeps their segment, preference and
 * account owner but loses name, email and phone, and their external id becomes the pseudonym; their
 * responses keep score, category, date and codes (so {@code nps_daily} is untouched) but lose the comment
 * and the fingerprint of their content. An old case's free texts go with its answers to the re-survey and the
 * answers that joined it.
 */
@Component
@Order(1)
class CustomerPersonalData implements PersonalDataHolder {

  static final String ERASED_FINGERPRINT = "erased";

  private final JdbcClient jdbc;
  private final Clock clock;

  CustomerPersonalData(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "customer";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    Map<String, Object> customer = new LinkedHashMap<>(ExportRows.row(jdbc.sql("""
            select id, external_id as "externalId", name, email, phone, segment, service_preference as "servicePreference",
                   account_owner as "accountOwner", created_at as "createdAt", updated_at as "updatedAt", erased_at as "erasedAt"
            from customer where id = :id
            """).param("id", subject.customerId()).query().singleRow()));
    customer.put("detailChanges", ExportRows.of(jdbc.sql("""
            select field, before_value as "before", after_value as "after", applied, response_external_id as "responseExternalId",
                   posted_by as "postedBy", changed_at as "changedAt"
            from customer_change where customer_id = :id order by changed_at
            """).param("id", subject.customerId()).query().listOfRows()));
    customer.put("responses", ExportRows.of(jdbc.sql("""
            select id, external_id as "externalId", score, category, comment, answered_at as "answeredAt",
                   received_at as "receivedAt", touchpoint, team, employee, product, country, language, segment,
                   follows_up_case as "followsUpCase"
            from response where customer_id = :id order by answered_at
            """).param("id", subject.customerId()).query().listOfRows()));
    return customer;
  }

  @Override
  public void erase(DataSubject subject) {
    if (subject.wholeCustomer()) {
      jdbc.sql("""
              update customer set name = null, email = null, phone = null, external_id = :pseudonym,
                                  erased_at = coalesce(erased_at, :now), updated_at = :now
              where id = :id
              """)
          .param("pseudonym", subject.pseudonym()).param("now", Timestamp.from(clock.instant())).param("id", subject.customerId())
          .update();
      jdbc.sql("delete from customer_change where customer_id = :id").param("id", subject.customerId()).update();
      jdbc.sql("update response set comment = null, content_hash = :erased where customer_id = :id")
          .param("erased", ERASED_FINGERPRINT).param("id", subject.customerId()).update();
    } else if (!subject.caseIds().isEmpty()) {
      jdbc.sql("""
              update response set comment = null, content_hash = :erased
              where id in (select response_id from detractor_case where id in (:cases)) or follows_up_case in (:cases)
                 or id in (select response_id from case_answer where case_id in (:cases))
              """)
          .param("erased", ERASED_FINGERPRINT).param("cases", subject.caseIds()).update();
    }
  }
}
