package io.closedloop.shared;

/**
 * The characters free text may not hold: control characters other than tab, line feed and carriage
 * return (PostgreSQL refuses NUL outright; the others only cause trouble downstream), and halves of
 * surrogate pairs that have lost their partner.
 */
public final class InvalidCharacters {

  /** What a client is told about a field holding such a character. */
  public static final String MESSAGE = "must not contain control characters other than tab, line feed and carriage return";

  private InvalidCharacters() {}

  /** True when the text holds at least one character that text fields may not hold. */
  public static boolean in(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
      if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }
}
