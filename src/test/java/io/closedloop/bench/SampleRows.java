package io.closedloop.bench;

import io.closedloop.demo.generator.SampleGenerator;
import io.closedloop.demo.generator.SampleResponse;
import io.closedloop.demo.generator.SampleResponse.SampleCustomer;
import io.closedloop.demo.generator.SampleSettings;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Generated data for benchmarks: detractors only, and rows written straight into the tables. */
final class SampleRows {

  private SampleRows() {}

  static SampleGenerator generator(int responses, long seed, String prefix) {
    return new SampleGenerator(SampleSettings.of(responses, seed, Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS))
        .withIdPrefix(prefix));
  }

  /** {@code count} generated detractors, each with its own external id under {@code prefix}. */
  static List<SampleResponse> detractors(int count, long seed, String prefix) {
    return generator(count * 6, seed, prefix).responses().filter(SampleResponse::detractor).limit(count).toList();
  }

  /**
   * As {@link #detractors}, each from a customer of its own ({@code <external id>-customer}, as
   * {@link #insertOpenCases} writes them): a generated customer answering again would join their open case.
   */
  static List<SampleResponse> detractorsOfTheirOwn(int count, long seed, String prefix) {
    return detractors(count, seed, prefix).stream().map(SampleRows::withOwnCustomer).toList();
  }

  private static SampleResponse withOwnCustomer(SampleResponse answer) {
    SampleCustomer customer = answer.customer();
    return new SampleResponse(answer.externalId(), answer.score(), answer.comment(), answer.answeredAt(), answer.touchpoint(),
        answer.team(), answer.employee(), answer.product(), answer.country(), answer.language(),
        new SampleCustomer(answer.externalId() + "-customer", customer.name(), customer.email(), customer.phone(), customer.segment(),
            customer.servicePreference(), customer.accountOwner()), answer.rootCause(), answer.fate());
  }

  /** A case as intake leaves it before its process runs: customer, response and an OPEN case row. */
  record SeededCase(UUID caseId, SampleResponse response) {}

  static List<SeededCase> insertOpenCases(JdbcTemplate jdbc, List<SampleResponse> responses) {
    Timestamp now = Timestamp.from(Instant.now());
    List<SeededCase> cases = new ArrayList<>();
    List<Object[]> customers = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> caseRows = new ArrayList<>();
    for (SampleResponse r : responses) {
      UUID customerId = UUID.randomUUID();
      UUID responseId = UUID.randomUUID();
      UUID caseId = UUID.randomUUID();
      customers.add(new Object[] {customerId, r.externalId() + "-customer", r.customer().name(), r.customer().segment(),
          r.customer().servicePreference() == null ? null : r.customer().servicePreference().name(), now, now});
      rows.add(new Object[] {responseId, r.externalId(), r.score(), r.comment(), Timestamp.from(r.answeredAt()), now,
          r.touchpoint(), r.team(), r.employee(), r.country(), r.language(), customerId});
      caseRows.add(new Object[] {caseId, responseId, customerId, r.team(), r.touchpoint(), now});
      cases.add(new SeededCase(caseId, r));
    }
    jdbc.batchUpdate("insert into customer (id, external_id, name, segment, service_preference, created_at, updated_at) values (?,?,?,?,?,?,?)", customers);
    jdbc.batchUpdate("""
        insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team, employee,
                              country, language, customer_id, content_hash)
        values (?,?,?,'DETRACTOR',?,?,?,?,?,?,?,?,?,'seeded')""", rows);
    jdbc.batchUpdate("""
        insert into detractor_case (id, response_id, customer_id, status, team, touchpoint, priority, created_at)
        values (?,?,?,'OPEN',?,?,'NORMAL',?)""", caseRows);
    return cases;
  }
}
