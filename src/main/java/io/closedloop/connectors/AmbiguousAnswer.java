package io.closedloop.connectors;

/** More than one answer of an event could be the value a named rule looks for, and the mapping must say which. */
final class AmbiguousAnswer extends Exception {

  AmbiguousAnswer(String message) {
    super(message);
  }
}
