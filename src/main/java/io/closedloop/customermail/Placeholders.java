package io.closedloop.customermail;

import io.closedloop.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Named placeholders in templates, {@code {customerName}}: filled from values, and checked against a kind's names. */
final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private Placeholders() {}

  /** The text with each known placeholder replaced by its value (an absent value leaves an empty string). */
  static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = values.containsKey(name) ? values.get(name) : matcher.group();
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** The placeholders in a field of a template that its kind does not know. */
  static List<FieldError> unknown(MailKind kind, String field, String text) {
    List<FieldError> errors = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
    while (matcher.find()) {
      if (!kind.placeholders().contains(matcher.group(1))) {
        errors.add(new FieldError(field, "uses {" + matcher.group(1) + "}, which is not one of " + kind.placeholders().stream()
            .map(name -> "{" + name + "}").toList()));
      }
    }
    return errors;
  }
}
