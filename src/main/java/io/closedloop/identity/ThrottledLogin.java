package io.closedloop.identity;

import java.time.Instant;

/**
 * Failed logins that the login throttle remembers, as admins see them.
 *
 * @param user the user name tried, or {@code null} for the failures of every user from the address together
 * @param address the client address the attempts came from
 * @param failures failed attempts in a row
 * @param blockedUntil until when further attempts are refused, or {@code null} if they are not
 */
public record ThrottledLogin(String user, String address, int failures, Instant blockedUntil) {

  public boolean everyUser() {
    return user == null;
  }
}
