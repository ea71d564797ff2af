package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The metrics' read models get their functions and triggers from the repeatable migration
 * R__metrics_read_models.sql, both on a fresh database and on one migrated before it existed.
 */
@IntegrationTest
class ReadModelsMigrationIT {

  private static final String REPEATABLE = "R__metrics_read_models.sql";

  @Autowired
  EmbeddedDatabase database;

  @Autowired
  JdbcClient jdbc;

  @TempDir
  Path migrations;

  @Test
  void a_fresh_database_runs_the_read_models_after_every_versioned_migration() {
    // The application's own database was created fresh for the tests.
    boolean afterEveryVersion = jdbc.sql("""
            select (select installed_rank from flyway_schema_history where script = :script)
                 > (select max(installed_rank) from flyway_schema_history where version is not null)""")
        .param("script", REPEATABLE).query(Boolean.class).single();

    assertThat(afterEveryVersion).isTrue();
    assertThat(functionExists(database(), "nps_daily_rows")).isTrue();
  }

  @Test
  void a_database_migrated_before_takes_the_read_models_on_its_next_start() throws IOException {
    DriverManagerDataSource migratedBefore = newDatabase();
    copyMigrations(false);
    flyway(migratedBefore).migrate();
    assertThat(functionExists(migratedBefore, "nps_daily_rows")).isFalse();

    copyMigrations(true);
    int applied = flyway(migratedBefore).migrate().migrationsExecuted;

    assertThat(applied).isOne();
    assertThat(lastApplied(migratedBefore)).isEqualTo("metrics read models");
    assertThat(functionExists(migratedBefore, "nps_daily_rows")).isTrue();
    assertResponsesAreCounted(migratedBefore);
  }

  private void assertResponsesAreCounted(DriverManagerDataSource dataSource) {
    JdbcClient client = JdbcClient.create(dataSource);
    UUID customer = UUID.randomUUID();
    client.sql("insert into customer (id, external_id, created_at, updated_at, segment) values (:id, 'c', now(), now(), 'smb')")
        .param("id", customer).update();
    client.sql("""
            insert into response (id, external_id, score, category, answered_at, received_at, touchpoint, team, customer_id, content_hash)
            values (gen_random_uuid(), 'a', 9, 'PROMOTER', '2026-03-01T10:00:00Z', now(), 'store', 't', :customer, 'h'),
                   (gen_random_uuid(), 'b', 3, 'DETRACTOR', '2026-03-01T11:00:00Z', now(), 'store', 't', :customer, 'h')""")
        .param("customer", customer).update();

    List<String> rows = client.sql("""
            select dim || ':' || key || ':' || responses || '/' || promoters || '/' || detractors from nps_daily
            where day = '2026-03-01' order by dim""").query(String.class).list();

    assertThat(rows).containsExactly("country::2/1/1", "employee::2/1/1", "product::2/1/1", "segment:smb:2/1/1",
        "team:t:2/1/1", "total::2/1/1", "touchpoint:store:2/1/1");
  }

  private DriverManagerDataSource database() {
    return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
  }

  private DriverManagerDataSource newDatabase() {
    String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
    jdbc.sql("create database " + name).update();
    return new DriverManagerDataSource(database.jdbcUrl().replaceFirst("/postgres$", "/" + name), database.username(),
        database.password());
  }

  private void copyMigrations(boolean withRepeatable) throws IOException {
    for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
      String name = migration.getFilename();
      if (withRepeatable || !REPEATABLE.equals(name)) {
        try (InputStream in = migration.getInputStream()) {
          Files.copy(in, migrations.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private Flyway flyway(DriverManagerDataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations).load();
  }

  private static String lastApplied(DriverManagerDataSource dataSource) {
    return JdbcClient.create(dataSource).sql("select description from flyway_schema_history order by installed_rank desc limit 1")
        .query(String.class).single();
  }

  private static boolean functionExists(DriverManagerDataSource dataSource, String name) {
    return JdbcClient.create(dataSource).sql("select count(*) > 0 from pg_proc where proname = :name").param("name", name)
        .query(Boolean.class).single();
  }
}
