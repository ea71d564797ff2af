package io.closedloop.identity;

import java.time.Instant;

/** Failed logins in a row of one user from one address (or of every user from one address), and when the last one was. */
record Failures(int count, Instant last) {

  static Failures oneMore(Failures before, Instant at) {
    return new Failures(before == null ? 1 : before.count() + 1, at);
  }
}
