package io.closedloop.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured.
 * The data source depends on the server, so the server starts before Flyway, JPA and the
 * process engine, and stops after them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean
  DataDirectoryLock embeddedDataDirectoryLock(EmbeddedDatabaseProperties properties) throws IOException {
    if (properties.ephemeral()) {
      return DataDirectoryLock.none();
    }
    DataDirectoryLock lock = DataDirectoryLock.acquire(properties.dataDir());
    new OrphanedServer(properties.dataDir()).clear();
    return lock;
  }

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectoryLock lock) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPort(properties.port())
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "100");
    if (!properties.ephemeral()) {
      Files.createDirectories(properties.dataDir().toAbsolutePath().getParent());
      builder.setDataDirectory(properties.dataDir().toAbsolutePath()).setCleanDataDirectory(false);
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("Embedded PostgreSQL listening on localhost:{} ({})", postgres.getPort(),
        properties.ephemeral() ? "ephemeral" : properties.dataDir().toAbsolutePath());
    return postgres;
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .driverClassName("org.postgresql.Driver")
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .password("")
        .build();
    dataSource.setPoolName("closedloop");
    return dataSource;
  }
}
