package io.closedloop.ideas;

import io.closedloop.shared.ConflictException;

/** What was asked of an idea or a cycle is not allowed in its current state; answered as 409. */
public class IdeaActionNotAllowed extends ConflictException {

  public IdeaActionNotAllowed(String message) {
    super(message);
  }
}
