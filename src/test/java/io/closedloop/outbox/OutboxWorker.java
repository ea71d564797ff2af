package io.closedloop.outbox;

import io.closedloop.shared.ReplayClock;
import java.time.Instant;
import org.springframework.context.ApplicationContext;

/**
 * Runs the outbox's worker once on the test's own thread as if it were {@code at}: the app's clock is a
 * {@link ReplayClock}, so on this thread the worker takes exactly the messages due at that instant, and sends
 * them to the test's SMTP server, while the scheduled worker keeps the real time. A test that queues mail
 * for a future morning sees it wait until then, and arrive then. Messages due now are sent along (as the
 * scheduled worker would); one that fails here is retried relative to {@code at}, so use an instant after all
 * the retries other tests might still wait for, and none of their mail is sent twice.
 */
public final class OutboxWorker {

  private OutboxWorker() {}

  public static void sendDueAt(ApplicationContext context, Instant at) {
    SendingOutbox worker = context.getBean(SendingOutbox.class);
    context.getBean(ReplayClock.class).at(at, worker::sendDue);
  }
}
