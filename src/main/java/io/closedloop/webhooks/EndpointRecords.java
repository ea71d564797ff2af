package io.closedloop.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code webhook_endpoint}. */
@Repository
class EndpointRecords {

  private static final String COLUMNS = """
      id, url, array_to_string(events, ',') as events, format, secret, created_at, created_by, removed_at, removed_by
      """;

  private final JdbcClient jdbc;

  EndpointRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Endpoint endpoint) {
    jdbc.sql("""
            insert into webhook_endpoint (id, url, events, format, secret, created_at, created_by)
            values (:id, :url, string_to_array(:events, ','), :format, :secret, :createdAt, :createdBy)
            """)
        .param("id", endpoint.id()).param("url", endpoint.url())
        .param("events", String.join(",", endpoint.events().stream().map(WebhookEvent::code).toList()))
        .param("format", endpoint.format().name()).param("secret", endpoint.secret())
        .param("createdAt", Timestamp.from(endpoint.createdAt())).param("createdBy", endpoint.createdBy())
        .update();
  }

  Optional<Endpoint> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = :id").param("id", id)
        .query(EndpointRecords::endpoint).optional();
  }

  /** Every endpoint, active ones first, newest first. */
  List<Endpoint> all() {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint order by removed_at is not null, created_at desc, id")
        .query(EndpointRecords::endpoint).list();
  }

  /** The active endpoints that subscribed to {@code event}. */
  List<Endpoint> subscribedTo(WebhookEvent event) {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where removed_at is null and :event = any(events) order by created_at, id")
        .param("event", event.code()).query(EndpointRecords::endpoint).list();
  }

  /** Removes an active endpoint; false when there was none of that id still active. */
  boolean remove(UUID id, String by, Instant at) {
    return jdbc.sql("update webhook_endpoint set removed_at = :at, removed_by = :by where id = :id and removed_at is null")
        .param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
  }

  Optional<String> activeSecretOf(UUID id) {
    return jdbc.sql("select secret from webhook_endpoint where id = :id and removed_at is null").param("id", id)
        .query(String.class).optional();
  }

  private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
    Timestamp removedAt = rs.getTimestamp("removed_at");
    List<WebhookEvent> events = Arrays.stream(rs.getString("events").split(","))
        .map(code -> WebhookEvent.ofCode(code).orElseThrow()).toList();
    return new Endpoint(rs.getObject("id", UUID.class), rs.getString("url"), events, WebhookFormat.valueOf(rs.getString("format")),
        rs.getString("secret"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
        removedAt == null ? null : removedAt.toInstant(), rs.getString("removed_by"));
  }
}
