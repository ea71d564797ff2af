package io.closedloop.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured.
 * The data source depends on the server, so the server starts before Flyway, JPA and the
 * process engine, and stops after them. The application connects with the password stored
 * in the data directory ({@link PasswordProtectedPostgres}).
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
  EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, DataDirectoryLock lock) throws IOException {
    PasswordProtectedPostgres postgres = new PasswordProtectedPostgres(properties.port(), Duration.ofSeconds(60));
    EmbeddedDatabase database = properties.ephemeral() ? postgres.startThrowaway() : postgres.start(properties.dataDir());
    log.info("Embedded PostgreSQL listening on localhost:{} ({})", database.server().getPort(),
        properties.ephemeral() ? "ephemeral" : database.dataDir());
    return database;
  }

  /** The server itself, for those who only ask whether the database is the embedded one; stopped by its {@link EmbeddedDatabase}. */
  @Bean(destroyMethod = "")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database) {
    return database.server();
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedDatabase database, EmbeddedPostgres server) {
    HikariDataSource dataSource = DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .driverClassName("org.postgresql.Driver")
        .url(database.jdbcUrl())
        .username(database.username())
        .password(database.password())
        .build();
    dataSource.setPoolName("closedloop");
    return dataSource;
  }
}
