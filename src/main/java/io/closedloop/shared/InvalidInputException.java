package io.closedloop.shared;

import java.util.List;

/** Input that cannot be accepted; answered as {@code 400 application/problem+json} listing each field. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
