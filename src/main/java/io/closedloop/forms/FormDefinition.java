package io.closedloop.forms;

import java.util.List;
import java.util.Optional;

/** One Camunda Form: its id and its components in order. */
public record FormDefinition(String id, List<FormComponent> components) {

  /** The same form with other choices for one field, e.g. a list kept as data that the file only samples. */
  public FormDefinition withOptions(String key, List<FormComponent.Option> options) {
    return new FormDefinition(id, components.stream()
        .map(component -> key.equals(component.key()) ? component.withValues(options) : component).toList());
  }

  public Optional<FormComponent> field(String key) {
    return components.stream().filter(component -> key.equals(component.key())).findFirst();
  }
}
