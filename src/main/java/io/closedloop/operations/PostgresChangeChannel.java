package io.closedloop.operations;

import com.zaxxer.hikari.HikariDataSource;
import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The nodes tell each other of changes through PostgreSQL's {@code NOTIFY} on the channel
 * {@code closedloop_changes}: no broker beside the database they already share. Each node listens on
 * a connection of its own; a change it hears from another node becomes a {@link ChangedElsewhere}
 * event here. When that connection breaks (a database restart), the node cannot know what it
 * missed: once it listens again, it forgets everything it holds ({@link MemoryChange#EVERYTHING}).
 */
@Component
class PostgresChangeChannel implements OtherNodes, SmartLifecycle {

  static final String CHANNEL = "closedloop_changes";
  private static final Logger log = LoggerFactory.getLogger(PostgresChangeChannel.class);
  private static final Duration WAIT = Duration.ofMillis(500);
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final DataSource dataSource;
  private final ApplicationEventPublisher events;
  private final String node = UUID.randomUUID().toString();
  private volatile boolean running;
  private Thread listener;

  PostgresChangeChannel(DataSource dataSource, ApplicationEventPublisher events) {
    this.dataSource = dataSource;
    this.events = events;
  }

  @Override
  public void tell(MemoryChange change) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          tellNow(change);
        }
      });
    } else {
      tellNow(change);
    }
  }

  // A connection of its own, not the transaction's: after a commit the transaction's connection
  // would hold the notification in a transaction nobody commits.
  @Override
  public void tellNow(MemoryChange change) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
      connection.setAutoCommit(true);
      notify.setString(1, CHANNEL);
      notify.setString(2, payload(change));
      notify.execute();
    } catch (SQLException e) {
      log.warn("Could not tell the other nodes of a change of {}: they forget all they hold once they hear again", change.topic(), e);
    }
  }

  String payload(MemoryChange change) {
    return node + "|" + change.topic() + "|" + (change.key() == null ? "" : change.key());
  }

  void heard(String payload) {
    String[] parts = payload.split("\\|", -1);
    if (parts.length != 3 || parts[0].equals(node)) {
      return;
    }
    events.publishEvent(new ChangedElsewhere(new MemoryChange(parts[1], parts[2].isEmpty() ? null : parts[2])));
  }

  @Override
  public void start() {
    running = true;
    listener = new Thread(this::listen, "closedloop-changes");
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    boolean heardBefore = false;
    while (running) {
      try (Connection connection = openListeningConnection()) {
        try (Statement listen = connection.createStatement()) {
          listen.execute("listen " + CHANNEL);
        }
        if (heardBefore) {
          events.publishEvent(new ChangedElsewhere(MemoryChange.all(MemoryChange.EVERYTHING)));
        }
        heardBefore = true;
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] heard = notifications.getNotifications((int) WAIT.toMillis());
          if (heard != null) {
            for (PGNotification notification : heard) {
              heard(notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("Listening for other nodes' changes failed ({}); listening again in {}", e.getMessage(), RETRY);
          pause();
        }
      }
    }
  }

  private Connection openListeningConnection() throws SQLException {
    Connection connection = dataSource instanceof HikariDataSource pool
        ? DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
        : dataSource.getConnection();
    connection.setAutoCommit(true);
    return connection;
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
