package io.closedloop.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.shared.FieldError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored webhook events of every source, one row per event, unique by source, message id and position. */
@Component
class DeliveryRecords {

  private static final TypeReference<List<FieldError>> ERRORS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DeliveryRecords(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Stores the events of one message in one transaction; answers false, storing nothing, when the
   * source had this message already (a sender's retry, or a replayed request).
   */
  @Transactional
  public boolean storeNew(UUID sourceId, String messageId, List<String> events, Instant at) {
    for (int index = 0; index < events.size(); index++) {
      int stored = jdbc.sql("""
              insert into source_delivery (id, source_id, message_id, event_index, received_at, payload, status)
              values (:id, :source, :message, :index, :at, :payload, 'RECEIVED')
              on conflict (source_id, message_id, event_index) do nothing
              """)
          .param("id", UUID.randomUUID()).param("source", sourceId).param("message", messageId).param("index", index)
          .param("at", Timestamp.from(at)).param("payload", events.get(index)).update();
      if (stored == 0 && index == 0) {
        return false;
      }
    }
    return true;
  }

  List<Delivery> ofMessage(UUID sourceId, String messageId) {
    return jdbc.sql("select * from source_delivery where source_id = :source and message_id = :message order by event_index")
        .param("source", sourceId).param("message", messageId).query(this::delivery).list();
  }

  Optional<Delivery> find(UUID sourceId, UUID deliveryId) {
    return jdbc.sql("select * from source_delivery where source_id = :source and id = :id")
        .param("source", sourceId).param("id", deliveryId).query(this::delivery).optional();
  }

  Optional<Delivery> find(UUID deliveryId) {
    return jdbc.sql("select * from source_delivery where id = :id").param("id", deliveryId).query(this::delivery).optional();
  }

  /** The newest event of the source that still has its payload, preferring one that is a response: the sample of a mapping's preview. */
  Optional<Delivery> latestSample(UUID sourceId) {
    return jdbc.sql("""
            select * from source_delivery where source_id = :source and payload is not null
            order by (status = 'IGNORED'), received_at desc, event_index limit 1
            """).param("source", sourceId).query(this::delivery).optional();
  }

  void processed(UUID id, UUID responseId, UUID caseId, List<FieldError> warnings, String customerExternalId, Instant at) {
    jdbc.sql("""
            update source_delivery set status = 'PROCESSED', errors = null, warnings = :warnings, attempts = attempts + 1,
                   processed_at = :at, response_id = :response, case_id = :case, customer_external_id = :customer
            where id = :id
            """)
        .param("warnings", text(warnings)).param("at", Timestamp.from(at)).param("response", responseId).param("case", caseId)
        .param("customer", customerExternalId).param("id", id).update();
  }

  void failed(UUID id, DeliveryStatus status, List<FieldError> errors, String customerExternalId, Instant at) {
    jdbc.sql("""
            update source_delivery set status = :status, errors = :errors, attempts = attempts + 1, processed_at = :at,
                   customer_external_id = coalesce(:customer, customer_external_id)
            where id = :id and status <> 'PROCESSED'
            """)
        .param("status", status.name()).param("errors", text(errors)).param("at", Timestamp.from(at)).param("customer", customerExternalId)
        .param("id", id).update();
  }

  Page<Delivery> list(UUID sourceId, DeliveryStatus status, Pageable page) {
    String where = "where source_id = :source" + (status == null ? "" : " and status = :status");
    var count = jdbc.sql("select count(*) from source_delivery " + where).param("source", sourceId);
    var rows = jdbc.sql("select * from source_delivery " + where + " order by received_at desc, event_index limit :limit offset :offset")
        .param("source", sourceId).param("limit", page.getPageSize()).param("offset", page.getOffset());
    if (status != null) {
      count = count.param("status", status.name());
      rows = rows.param("status", status.name());
    }
    return new PageImpl<>(rows.query(this::delivery).list(), page, count.query(Long.class).single());
  }

  /** Counts per status of one source, for the settings page. */
  List<StatusCount> counts(UUID sourceId) {
    return jdbc.sql("select status, count(*) as n from source_delivery where source_id = :source group by status order by status")
        .param("source", sourceId)
        .query((rs, row) -> new StatusCount(DeliveryStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
  }

  /** Events left received, not processed, since before {@code before}: their processing was cut short. */
  List<Delivery> pending(Instant before, int limit) {
    return jdbc.sql("select * from source_delivery where status = 'RECEIVED' and received_at < :before order by received_at limit :limit")
        .param("before", Timestamp.from(before)).param("limit", limit).query(this::delivery).list();
  }

  private Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class), rs.getString("message_id"),
        rs.getInt("event_index"), rs.getTimestamp("received_at").toInstant(), rs.getString("payload"),
        DeliveryStatus.valueOf(rs.getString("status")), errors(rs.getString("errors")), errors(rs.getString("warnings")),
        rs.getInt("attempts"), instant(rs.getTimestamp("processed_at")), rs.getObject("response_id", UUID.class),
        rs.getObject("case_id", UUID.class), instant(rs.getTimestamp("erased_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private List<FieldError> errors(String text) {
    if (text == null) {
      return List.of();
    }
    try {
      return json.readValue(text, ERRORS);
    } catch (JsonProcessingException e) {
      return List.of(new FieldError("delivery", text));
    }
  }

  private String text(List<FieldError> errors) {
    if (errors == null || errors.isEmpty()) {
      return null;
    }
    try {
      return json.writeValueAsString(new ArrayList<>(errors));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Field errors are always JSON", e);
    }
  }

  /** How many events of a source have one status. */
  record StatusCount(DeliveryStatus status, long count) {}
}
