package io.closedloop.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without checking its password, because of recent failures from the same client address. */
public class LoginThrottled extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottled(Duration retryAfter) {
    super("Too many failed logins; try again in " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  /** How long until the next attempt is checked again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
