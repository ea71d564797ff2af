package io.closedloop.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the embedded PostgreSQL runs when no {@code spring.datasource.url} is given.
 *
 * @param dataDir the data directory; survives restarts unless {@code ephemeral}
 * @param port the port to listen on (localhost only); 0 picks a free one
 * @param ephemeral a throwaway database in a temporary directory, removed on stop (tests)
 */
@ConfigurationProperties("closedloop.embedded-db")
public record EmbeddedDatabaseProperties(
    @DefaultValue("data/postgres") Path dataDir,
    @DefaultValue("0") int port,
    @DefaultValue("false") boolean ephemeral) {}
