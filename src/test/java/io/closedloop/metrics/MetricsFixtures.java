package io.closedloop.metrics;

import io.closedloop.intake.NpsCategory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes responses and cases straight into the tables, at chosen instants, so that a test knows
 * every figure by hand; the database's triggers keep the metrics' read models as in production.
 */
final class MetricsFixtures {

  private final JdbcClient jdbc;
  private final String team;

  MetricsFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.team = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The team every response and case of this fixture belongs to: no other test uses it. */
  String team() {
    return team;
  }

  UUID customer(String segment) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into customer (id, external_id, name, segment, created_at, updated_at) values (:id, :ext, 'Fixture customer', :segment, now(), now())")
        .param("id", id).param("ext", "fixture-" + id).param("segment", segment).update();
    return id;
  }

  UUID response(UUID customer, int score, String answeredAt, String touchpoint, String product) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into response (id, external_id, score, category, answered_at, received_at, touchpoint, team, employee,
                                  product, country, customer_id, content_hash)
            values (:id, :ext, :score, :category, :at, :at, :touchpoint, :team, 'emp-' || :team, :product, 'DK', :customer, 'x')
            """)
        .param("id", id).param("ext", "fixture-" + id).param("score", score).param("category", NpsCategory.of(score).name())
        .param("at", Timestamp.from(Instant.parse(answeredAt))).param("touchpoint", touchpoint).param("team", team)
        .param("product", product).param("customer", customer).update();
    return id;
  }

  UUID responses(int score, int count, String answeredAt) {
    UUID customer = customer("smb");
    UUID last = null;
    for (int i = 0; i < count; i++) {
      last = response(customer, score, answeredAt, "website", "fixture-product");
    }
    return last;
  }

  /** A case as the case module leaves it; {@code reachedAt}, {@code closedAt} may be null. */
  UUID detractorCase(UUID response, String createdAt, String callbackDue, String reachedAt, String status, String closedAt,
      int escalationLevel, String owner, String rootCause) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into detractor_case (id, response_id, customer_id, status, owner, team, priority, callback_due,
                                        escalation_level, root_cause, created_at, first_reached_at, closed_at, touchpoint)
            select :id, r.id, r.customer_id, :status, :owner, :team, 'NORMAL', :due, :level, :rootCause, :created, :reached,
                   :closed, r.touchpoint
            from response r where r.id = :response
            """)
        .param("id", id).param("response", response).param("status", status).param("owner", owner).param("team", team)
        .param("due", at(callbackDue)).param("level", escalationLevel).param("rootCause", rootCause)
        .param("created", at(createdAt)).param("reached", at(reachedAt)).param("closed", at(closedAt)).update();
    return id;
  }

  private static Timestamp at(String instant) {
    return instant == null ? null : Timestamp.from(Instant.parse(instant));
  }
}
