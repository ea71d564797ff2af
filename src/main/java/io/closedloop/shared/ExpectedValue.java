package io.closedloop.shared;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.UUID;

/** Tells a client what a parameter or field of a type must look like, without echoing the value sent or naming our classes. */
final class ExpectedValue {

  private ExpectedValue() {}

  static String of(Class<?> type) {
    if (type == null) {
      return "is not a valid value";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == UUID.class) {
      return "must be a UUID";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "must be an ISO-8601 date or instant such as 2026-03-01 or 2026-03-01T12:00:00Z";
    }
    return "is not a valid value";
  }
}
