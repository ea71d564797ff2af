package io.closedloop.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One Camunda Form: its id and its components in order. */
public record FormDefinition(String id, List<FormComponent> components) {

  /** The same form with other choices for one field, e.g. a list kept as data that the file only samples. */
  public FormDefinition withOptions(String key, List<FormComponent.Option> options) {
    return new FormDefinition(id, components.stream()
        .map(component -> key.equals(component.key()) ? component.withValues(options) : component).toList());
  }

  /**
   * The same form with the choices of every component that has a {@code valuesKey} taken from that
   * entry of {@code data}: a list of {@link FormComponent.Option}s or of maps with {@code label} and
   * {@code value}, as Tasklist reads them. A component whose key has no list keeps its own values.
   */
  public FormDefinition withValuesFrom(Map<String, ?> data) {
    return new FormDefinition(id, components.stream().map(component -> {
      Object values = component.valuesKey() == null ? null : data.get(component.valuesKey());
      return values instanceof List<?> list ? component.withValues(options(list)) : component;
    }).toList());
  }

  public Optional<FormComponent> field(String key) {
    return components.stream().filter(component -> key.equals(component.key())).findFirst();
  }

  private static List<FormComponent.Option> options(List<?> values) {
    return values.stream().map(value -> {
      if (value instanceof FormComponent.Option option) {
        return option;
      }
      if (value instanceof Map<?, ?> map && map.get("value") != null) {
        Object label = map.get("label");
        return new FormComponent.Option(label == null ? map.get("value").toString() : label.toString(), map.get("value").toString());
      }
      return new FormComponent.Option(String.valueOf(value), String.valueOf(value));
    }).toList();
  }
}
