package io.closedloop.workflow;

import java.util.Optional;

/**
 * The refusal of a case's step taken through the engine's doors, kept for the request that asked
 * for it. The engine wraps whatever a task listener throws into a generic error (a 500 from its
 * REST API); {@link RefusedStepAnswers} answers the request with this refusal's own status and
 * message instead.
 */
final class RefusedSteps {

  private static final ThreadLocal<Refusal> CURRENT = new ThreadLocal<>();

  private RefusedSteps() {}

  /** Records the refusal and hands back the exception that rolls the step back. */
  static RuntimeException refuse(int status, String field, String message, RuntimeException rollback) {
    CURRENT.set(new Refusal(status, field, message));
    return rollback;
  }

  static Optional<Refusal> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void clear() {
    CURRENT.remove();
  }

  /** Why a step was refused: 403 for who may not, 400 for what is wrong (with the field). */
  record Refusal(int status, String field, String message) {}
}
