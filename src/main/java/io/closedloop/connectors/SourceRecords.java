package io.closedloop.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registered sources, with their secrets and saved mappings (as JSON). */
@Component
class SourceRecords {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  SourceRecords(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Source source) {
    jdbc.sql("""
            insert into response_source (id, name, kind, secret, mapping, created_at, created_by, updated_at, updated_by)
            values (:id, :name, :kind, :secret, :mapping, :createdAt, :createdBy, :createdAt, :createdBy)
            """)
        .param("id", source.id()).param("name", source.name()).param("kind", source.kind().name()).param("secret", source.secret())
        .param("mapping", text(source.mapping())).param("createdAt", Timestamp.from(source.createdAt()))
        .param("createdBy", source.createdBy()).update();
  }

  void saveMapping(UUID id, Mapping mapping, String by, Instant at) {
    jdbc.sql("update response_source set mapping = :mapping, updated_at = :at, updated_by = :by where id = :id")
        .param("mapping", text(mapping)).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
  }

  void saveSecret(UUID id, String secret, String by, Instant at) {
    jdbc.sql("update response_source set secret = :secret, updated_at = :at, updated_by = :by where id = :id")
        .param("secret", secret).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
  }

  Optional<Source> find(UUID id) {
    return jdbc.sql("select * from response_source where id = :id").param("id", id).query(this::source).optional();
  }

  List<Source> all() {
    return jdbc.sql("select * from response_source order by lower(name), created_at").query(this::source).list();
  }

  private Source source(ResultSet rs, int row) throws SQLException {
    SourceKind kind = SourceKind.valueOf(rs.getString("kind"));
    try {
      return new Source(rs.getObject("id", UUID.class), rs.getString("name"), kind, rs.getString("secret"),
          Mapping.parse(json.readTree(rs.getString("mapping")), kind), rs.getTimestamp("created_at").toInstant(),
          rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The saved mapping of source " + rs.getString("id") + " is not JSON", e);
    }
  }

  private String text(Mapping mapping) {
    try {
      return json.writeValueAsString(mapping.toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A mapping is always JSON", e);
    }
  }
}
