package io.closedloop.shared;

/** Something asked for by id that does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
