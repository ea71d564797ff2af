package io.closedloop.reference;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registers the reference codes of a response on first use (label = code until renamed).
 * Codes known to be stored are remembered, but only after their transaction committed.
 */
@Component
public class ReferenceCodes {

  private final JdbcClient jdbc;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  ReferenceCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers each code of a response by its kind; {@code null} codes are skipped. */
  public void register(Map<ReferenceKind, String> codes) {
    codes.forEach(this::register);
  }

  /** Registers one code of a kind unless it is known to be registered already. */
  public void register(ReferenceKind kind, String code) {
    if (code == null || known.contains(kind + ":" + code)) {
      return;
    }
    jdbc.sql("insert into reference_code (kind, code, label) values (:kind, :code, :code) on conflict do nothing")
        .param("kind", kind.name())
        .param("code", code)
        .update();
    rememberAfterCommit(kind + ":" + code);
  }

  private void rememberAfterCommit(String key) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      known.add(key);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        known.add(key);
      }
    });
  }

  /** Forgets what was remembered, e.g. after reference data was changed directly in the database. */
  public void forget() {
    known.clear();
  }
}
