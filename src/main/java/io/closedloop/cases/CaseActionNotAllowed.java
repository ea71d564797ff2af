package io.closedloop.cases;

import io.closedloop.shared.ConflictException;

/** An action that the case's current state does not allow (answered as 409). */
public class CaseActionNotAllowed extends ConflictException {

  public CaseActionNotAllowed(String message) {
    super(message);
  }
}
