package io.closedloop.notifications.mail;

/** A personal working time that cannot be: names the field that is wrong. */
public class InvalidWorkingHours extends IllegalArgumentException {

  private final String field;

  public InvalidWorkingHours(String field, String message) {
    super(message);
    this.field = field;
  }

  /** {@code days}, {@code hours} or {@code zone}. */
  public String field() {
    return field;
  }
}
