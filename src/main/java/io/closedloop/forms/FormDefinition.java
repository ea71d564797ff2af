package io.closedloop.forms;

import java.util.List;
import java.util.Optional;

/** One Camunda Form: its id and its components in order. */
public record FormDefinition(String id, List<FormComponent> components) {

  public Optional<FormComponent> field(String key) {
    return components.stream().filter(component -> key.equals(component.key())).findFirst();
  }
}
