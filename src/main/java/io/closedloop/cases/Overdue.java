package io.closedloop.cases;

import io.closedloop.shared.InvalidInputException;
import java.util.Locale;

/**
 * Which missed deadline a list asks for: {@code overdue=CALL_BACK} (not reached by the call-back
 * deadline), {@code RESOLUTION} (reached, not resolved by the resolution deadline), {@code true}
 * (either) or {@code false} (neither); always of cases not closed.
 */
public enum Overdue {
  CALL_BACK, RESOLUTION, EITHER, NEITHER;

  /** The filter a request parameter names; blank: no filter (null). */
  public static Overdue parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toUpperCase(Locale.ROOT)) {
      case "TRUE" -> EITHER;
      case "FALSE" -> NEITHER;
      case "CALL_BACK" -> CALL_BACK;
      case "RESOLUTION" -> RESOLUTION;
      default -> throw new InvalidInputException("overdue", "must be CALL_BACK, RESOLUTION, true or false, not " + value.strip());
    };
  }

  /** The SQL condition over {@code detractor_case c} at {@code :now}; the rule is {@link DetractorCase#isOverdueIn}. */
  String condition() {
    String open = "c.status in ('OPEN', 'IN_PROGRESS')";
    String callBack = "(c.first_reached_at is null and c.callback_due < :now)";
    String resolution = "(c.first_reached_at is not null and c.resolution_due < :now)";
    return switch (this) {
      case CALL_BACK -> "(" + open + " and " + callBack + ")";
      case RESOLUTION -> "(" + open + " and " + resolution + ")";
      case EITHER -> "(" + open + " and (" + callBack + " or " + resolution + "))";
      case NEITHER -> "not (" + open + " and (" + callBack + " or " + resolution + "))";
    };
  }
}
