package io.closedloop.forms;

/** A form uses a component type our pages cannot render; caught by a test over every file in {@code forms/}. */
public class UnsupportedFormComponent extends RuntimeException {

  public UnsupportedFormComponent(FormComponent component) {
    super("Form component " + component.id() + " has type " + component.type() + ", which ClosedLoop's pages do not render; supported: "
        + FormRenderer.SUPPORTED_TYPES);
  }
}
