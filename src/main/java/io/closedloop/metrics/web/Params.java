package io.closedloop.metrics.web;

import io.closedloop.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Reads optional enum parameters, naming the field when the value is not one of the enum's. */
final class Params {

  private Params() {}

  static <E extends Enum<E>> E named(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
