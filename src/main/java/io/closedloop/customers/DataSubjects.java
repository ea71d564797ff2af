package io.closedloop.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the customers and cases an export or erasure covers, reading the customer, response and
 * case tables of intake and cases (read only; the holders change them).
 */
@Component
class DataSubjects {

  private final JdbcClient jdbc;

  DataSubjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer with this external id (or this pseudonym, once erased) and all their cases. */
  Optional<DataSubject> customer(String externalId) {
    return jdbc.sql("select id from customer where external_id = :externalId").param("externalId", externalId)
        .query(UUID.class).optional()
        .map(customerId -> new DataSubject(customerId, casesOf(customerId), true));
  }

  /**
   * Customers not yet erased who answered nothing since {@code cutoff} and have no case open or
   * closed since: everything about them is due. The longest idle come first.
   */
  List<DataSubject> idleCustomers(Instant cutoff, int limit) {
    return jdbc.sql("""
            select c.id from customer c
            where c.erased_at is null
              and not exists (select 1 from response r where r.customer_id = c.id and r.answered_at >= :cutoff)
              and not exists (select 1 from detractor_case d where d.customer_id = c.id
                              and (d.closed_at is null or d.closed_at >= :cutoff))
            order by (select max(r.answered_at) from response r where r.customer_id = c.id) nulls first, c.id
            limit :limit
            """)
        .param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
        .query(UUID.class).list().stream()
        .map(customerId -> new DataSubject(customerId, casesOf(customerId), true))
        .toList();
  }

  /** Cases closed before {@code cutoff} and not yet erased, of customers who are still active. */
  List<DataSubject> oldCases(Instant cutoff, int limit) {
    return jdbc.sql("""
            select d.customer_id, d.id from detractor_case d join customer c on c.id = d.customer_id
            where d.closed_at < :cutoff and d.erased_at is null and c.erased_at is null
            order by d.closed_at limit :limit
            """)
        .param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
        .query((rs, row) -> new DataSubject(rs.getObject(1, UUID.class), List.of(rs.getObject(2, UUID.class)), false))
        .list();
  }

  private List<UUID> casesOf(UUID customerId) {
    return jdbc.sql("select id from detractor_case where customer_id = :customer order by created_at")
        .param("customer", customerId).query(UUID.class).list();
  }
}
