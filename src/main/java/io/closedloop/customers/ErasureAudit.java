package io.closedloop.customers;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit of erasures: who erased whom (by pseudonym), when, what and why. */
@Component
class ErasureAudit {

  private final JdbcClient jdbc;

  ErasureAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(DataSubject subject, String actor, String reason, Instant at) {
    jdbc.sql("""
            insert into personal_data_erasure (at, actor, subject, scope, cases, reason)
            values (:at, :actor, :subject, :scope, :cases, :reason)
            """)
        .param("at", Timestamp.from(at))
        .param("actor", actor)
        .param("subject", subject.pseudonym())
        .param("scope", subject.wholeCustomer() ? "CUSTOMER" : "CASES")
        .param("cases", subject.caseIds().size())
        .param("reason", reason)
        .update();
  }
}
