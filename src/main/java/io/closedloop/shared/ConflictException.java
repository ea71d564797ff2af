package io.closedloop.shared;

/** A request that clashes with the current state (an action not allowed now, a changed duplicate); answered as 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
