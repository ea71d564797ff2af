package io.closedloop.connectors;

import io.closedloop.identity.ClientScope;
import io.closedloop.identity.MachineClients;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The machine clients: who may call the API with a token of ours, with which scopes. Every request
 * looks its token up here (by hash), so a revoked token is refused on its very next request; the
 * last use is written at most once a minute per client.
 */
@Component
class MachineClientRecords implements MachineClients {

  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  MachineClientRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Client> authenticate(String token) {
    Optional<Found> found = jdbc.sql("select id, name, scopes from machine_client where token_hash = :hash and revoked_at is null")
        .param("hash", ClientToken.hash(token))
        .query((rs, row) -> new Found(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("scopes")))
        .optional();
    found.ifPresent(client -> noteUse(client.id()));
    return found.map(client -> new Client(client.name(), scopesOf(client.scopes())));
  }

  private void noteUse(UUID id) {
    Instant now = clock.instant();
    jdbc.sql("update machine_client set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :since)")
        .param("now", Timestamp.from(now)).param("since", Timestamp.from(now.minus(LAST_USE_PRECISION))).param("id", id).update();
  }

  void insert(UUID id, String name, Set<ClientScope> scopes, String token, String createdBy, Instant at) {
    jdbc.sql("""
            insert into machine_client (id, name, scopes, token_hash, token_hint, created_at, created_by)
            values (:id, :name, :scopes, :hash, :hint, :at, :by)
            """)
        .param("id", id).param("name", name).param("scopes", text(scopes)).param("hash", ClientToken.hash(token))
        .param("hint", ClientToken.hint(token)).param("at", Timestamp.from(at)).param("by", createdBy).update();
  }

  boolean activeNameTaken(String name) {
    return jdbc.sql("select exists (select 1 from machine_client where lower(name) = lower(:name) and revoked_at is null)")
        .param("name", name).query(Boolean.class).single();
  }

  /** Revokes the client, answering whether it existed; revoking twice keeps the first revocation. */
  boolean revoke(UUID id, String by, Instant at) {
    int found = jdbc.sql("select count(*) from machine_client where id = :id").param("id", id).query(Integer.class).single();
    jdbc.sql("update machine_client set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
        .param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    return found > 0;
  }

  List<ClientView> all() {
    return jdbc.sql("""
            select id, name, scopes, token_hint, created_at, created_by, last_used_at, revoked_at, revoked_by
            from machine_client order by revoked_at nulls first, lower(name), created_at
            """)
        .query((rs, row) -> new ClientView(rs.getObject("id", UUID.class), rs.getString("name"), scopesOf(rs.getString("scopes")),
            rs.getString("token_hint"), instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
            instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by")))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String text(Set<ClientScope> scopes) {
    return scopes.stream().map(ClientScope::scope).sorted().collect(Collectors.joining(" "));
  }

  private static Set<ClientScope> scopesOf(String text) {
    return Arrays.stream(text.split(" ")).map(ClientScope::of).flatMap(Optional::stream)
        .collect(Collectors.toCollection(() -> new TreeSet<>()));
  }

  private record Found(UUID id, String name, String scopes) {}
}
