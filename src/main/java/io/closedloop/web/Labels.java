package io.closedloop.web;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Readable labels for enum values on pages ({@code ${@labels.of(status)}}: IN_PROGRESS → "In progress"). */
@Component("labels")
public class Labels {

  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
