package io.closedloop.forms;

import java.util.List;

/**
 * One component of a Camunda Form: a field with a {@code key} (textfield, number, select, ...) or
 * static {@code text}. {@code subtype} is the datetime's {@code date}, {@code time} or {@code datetime}.
 * A choice with a {@code valuesKey} takes its {@code values} from that variable of the task (a list of
 * {@code {label, value}}), as Tasklist does; see {@link FormDefinition#withValuesFrom}.
 */
public record FormComponent(String id, String type, String key, String label, String description, String text,
    String defaultValue, String subtype, List<Option> values, Validation validate, String valuesKey) {

  public FormComponent(String id, String type, String key, String label, String description, String text,
      String defaultValue, String subtype, List<Option> values, Validation validate) {
    this(id, type, key, label, description, text, defaultValue, subtype, values, validate, null);
  }

  public boolean isField() {
    return key != null && !"text".equals(type);
  }

  public FormComponent withValues(List<Option> options) {
    return new FormComponent(id, type, key, label, description, text, defaultValue, subtype, List.copyOf(options), validate, valuesKey);
  }

  public boolean required() {
    return validate.required();
  }

  /** One choice of a select, radio or checklist. */
  public record Option(String label, String value) {}

  /** The component's {@code validate} block; absent limits are null. */
  public record Validation(boolean required, Double min, Double max, Integer minLength, Integer maxLength, String pattern) {

    static final Validation NONE = new Validation(false, null, null, null, null, null);
  }
}
