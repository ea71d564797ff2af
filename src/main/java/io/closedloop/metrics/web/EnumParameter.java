package io.closedloop.metrics.web;

import io.closedloop.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an optional request parameter that names an enum constant (in any case, dashes for
 * underscores), refusing an unknown value with the parameter's name.
 */
final class EnumParameter {

  private EnumParameter() {}

  static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
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
