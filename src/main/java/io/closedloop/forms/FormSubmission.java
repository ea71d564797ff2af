package io.closedloop.forms;

import io.closedloop.forms.FormComponent.Option;
import io.closedloop.forms.FormComponent.Validation;
import io.closedloop.shared.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a person submitted through a form, checked on the server by the rules the form file states
 * (required, min/max, minLength/maxLength, pattern, the offered choices) and turned into typed values.
 *
 * @param values the typed value of each field that was filled in (String, BigDecimal, Boolean, List, LocalDate, ...)
 * @param submitted what was sent, to show it again next to the errors
 */
public record FormSubmission(Map<String, Object> values, Map<String, List<String>> submitted, List<FieldError> errors) {

  public boolean isValid() {
    return errors.isEmpty();
  }

  public String text(String key) {
    Object value = values.get(key);
    return value == null ? null : value.toString();
  }

  public boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /** Checks the submitted request parameters against the form. */
  public static FormSubmission of(FormDefinition form, Map<String, List<String>> submitted) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (FormComponent component : form.components()) {
      FormRenderer.ensureSupported(component);
      if (!component.isField()) {
        continue;
      }
      List<String> sent = submitted.getOrDefault(component.key(), List.of()).stream()
          .filter(value -> value != null && !value.isBlank()).toList();
      try {
        Object value = value(component, sent);
        if (value != null) {
          values.put(component.key(), value);
        }
      } catch (IllegalArgumentException problem) {
        errors.add(new FieldError(component.key(), problem.getMessage()));
      }
    }
    return new FormSubmission(values, submitted, List.copyOf(errors));
  }

  private static Object value(FormComponent component, List<String> sent) {
    Validation rules = component.validate();
    if ("checkbox".equals(component.type())) {
      boolean checked = sent.stream().anyMatch(value -> value.equals("true") || value.equals("on"));
      require(!rules.required() || checked, "must be ticked");
      return checked;
    }
    if ("checklist".equals(component.type())) {
      require(!rules.required() || !sent.isEmpty(), "choose at least one");
      sent.forEach(value -> require(offers(component, value), "is not one of the choices"));
      return List.copyOf(sent);
    }
    if (sent.isEmpty()) {
      require(!rules.required(), "is required");
      return null;
    }
    String value = sent.get(0);
    return switch (component.type()) {
      case "textfield", "textarea" -> text(value, rules);
      case "number" -> number(value, rules);
      case "select", "radio" -> {
        require(offers(component, value), "is not one of the choices");
        yield value;
      }
      case "datetime" -> dateTime(value, component.subtype());
      default -> throw new UnsupportedFormComponent(component);
    };
  }

  private static String text(String value, Validation rules) {
    require(rules.minLength() == null || value.length() >= rules.minLength(), "must be at least " + rules.minLength() + " characters");
    require(rules.maxLength() == null || value.length() <= rules.maxLength(), "must be at most " + rules.maxLength() + " characters");
    if (rules.pattern() != null) {
      require(matches(rules.pattern(), value), "does not have the expected format");
    }
    return value;
  }

  private static BigDecimal number(String value, Validation rules) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number");
    }
    require(rules.min() == null || number.compareTo(BigDecimal.valueOf(rules.min())) >= 0, "must be at least " + plain(rules.min()));
    require(rules.max() == null || number.compareTo(BigDecimal.valueOf(rules.max())) <= 0, "must be at most " + plain(rules.max()));
    return number;
  }

  private static Object dateTime(String value, String subtype) {
    try {
      return switch (subtype == null ? "date" : subtype) {
        case "time" -> LocalTime.parse(value);
        case "datetime" -> LocalDateTime.parse(value);
        default -> LocalDate.parse(value);
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("is not a valid " + (subtype == null ? "date" : subtype));
    }
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static boolean offers(FormComponent component, String value) {
    return component.values().stream().map(Option::value).anyMatch(value::equals);
  }

  private static String plain(Double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
