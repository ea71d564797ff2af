package io.closedloop.calendar;

/** A working time that cannot be: no working day, closing before opening, a country without known public holidays. */
public class InvalidWorkingTime extends IllegalArgumentException {

  private final String field;

  InvalidWorkingTime(String field, String message) {
    super(message);
    this.field = field;
  }

  /** What is wrong: {@code workingDays}, {@code closesAt} or {@code country}. */
  public String field() {
    return field;
  }
}
