package io.closedloop.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, shared by every later
 * use in the same transaction, and dropped when it completes. For what one transaction should read or
 * do once however often it is asked, such as labels or one mail per event and recipient.
 */
public final class TransactionScoped {

  private TransactionScoped() {}

  /** The value bound to {@code key} in the current transaction, made by {@code fresh} on first use; empty outside a transaction. */
  @SuppressWarnings("unchecked")
  public static <T> Optional<T> value(Object key, Supplier<T> fresh) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    T bound = (T) TransactionSynchronizationManager.getResource(key);
    if (bound == null) {
      bound = fresh.get();
      TransactionSynchronizationManager.bindResource(key, bound);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return Optional.of(bound);
  }
}
