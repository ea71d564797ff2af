package io.closedloop.intake;

import io.closedloop.intake.NewResponse.CustomerDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers and the history of their details, in plain SQL. */
@Repository
class CustomerRecords {

  private final JdbcClient jdbc;

  CustomerRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * In one statement: the response received earlier under {@code responseExternalId} if there is one, and otherwise
   * the customer of the new response inserted unless their external id is known.
   */
  FirstLook insertIfNewUnlessReceived(CustomerDetails customer, String responseExternalId, Instant now) {
    List<FirstLook> rows = jdbc.sql("""
            with earlier as (%s),
            inserted as (
              insert into customer (id, external_id, name, email, phone, segment, service_preference, account_owner,
                                    created_at, updated_at)
              select cast(:id as uuid), :externalId, :name, :email, :phone, :segment, :preference, :owner,
                     cast(:now as timestamptz), cast(:now as timestamptz)
              where not exists (select 1 from earlier)
              on conflict (external_id) do nothing
              returning id
            )
            select earlier.*, (select id from inserted) as inserted_customer
            from (select 1) as one left join earlier on true
            """.formatted(ResponseStore.STORED_BY_EXTERNAL_ID))
        .param("responseExternalId", responseExternalId)
        .param("id", UUID.randomUUID())
        .params(columns(customer))
        .param("now", Timestamp.from(now))
        .query((rs, row) -> new FirstLook(ResponseStore.stored(rs), rs.getObject("inserted_customer", UUID.class)))
        .list();
    return DataAccessUtils.requiredSingleResult(rows);
  }

  /** The known customer, locked until the transaction ends so that concurrent responses change it one after the other. */
  KnownCustomer lock(String externalId) {
    return jdbc.sql("select * from customer where external_id = :externalId for update")
        .param("externalId", externalId)
        .query((rs, row) -> new KnownCustomer(rs.getObject("id", UUID.class), details(rs)))
        .single();
  }

  void update(UUID id, CustomerDetails customer, Instant now) {
    jdbc.sql("""
            update customer set name = :name, email = :email, phone = :phone, segment = :segment,
                                service_preference = :preference, account_owner = :owner, updated_at = :now
            where id = :id
            """)
        .param("id", id)
        .params(columns(customer))
        .param("now", Timestamp.from(now))
        .update();
  }

  void recordChanges(UUID customerId, List<CustomerChange> changes, ResponseSource source, Instant now) {
    for (CustomerChange change : changes) {
      jdbc.sql("""
              insert into customer_change (id, customer_id, field, before_value, after_value, applied, response_id,
                                           response_external_id, posted_by, changed_at)
              values (:id, :customer, :field, :before, :after, :applied, :response, :responseExternalId, :postedBy, :now)
              """)
          .param("id", UUID.randomUUID())
          .param("customer", customerId)
          .param("field", change.field())
          .param("before", change.before())
          .param("after", change.after())
          .param("applied", change.applied())
          .param("response", source.responseId())
          .param("responseExternalId", source.responseExternalId())
          .param("postedBy", source.postedBy())
          .param("now", Timestamp.from(now))
          .update();
    }
  }

  private static java.util.Map<String, Object> columns(CustomerDetails customer) {
    java.util.Map<String, Object> columns = new java.util.HashMap<>();
    columns.put("externalId", customer.externalId());
    columns.put("name", customer.name());
    columns.put("email", customer.email());
    columns.put("phone", customer.phone());
    columns.put("segment", customer.segment());
    columns.put("preference", customer.servicePreference() == null ? null : customer.servicePreference().name());
    columns.put("owner", customer.accountOwner());
    return columns;
  }

  private static CustomerDetails details(ResultSet rs) throws SQLException {
    String preference = rs.getString("service_preference");
    return new CustomerDetails(rs.getString("external_id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
        rs.getString("segment"), preference == null ? null : ServicePreference.valueOf(preference), rs.getString("account_owner"));
  }

  /**
   * What intake finds before storing a response: the response stored earlier under its external id (null when none),
   * or else the id of the customer inserted for it (null when the customer was known).
   */
  record FirstLook(ResponseStore.StoredResponse earlier, UUID insertedCustomer) {}

  /** A customer as stored. */
  record KnownCustomer(UUID id, CustomerDetails details) {}
}
