package io.closedloop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.forms.FormComponent.Option;
import io.closedloop.forms.FormComponent.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON of a {@code .form} file into a {@link FormDefinition}; unknown properties are ignored. */
public final class FormParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormParser() {}

  public static FormDefinition parse(InputStream json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a form: " + e.getMessage(), e);
    }
  }

  public static FormDefinition parse(String json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a form: " + e.getMessage(), e);
    }
  }

  private static FormDefinition parse(JsonNode form) {
    List<FormComponent> components = new ArrayList<>();
    form.path("components").forEach(component -> components.add(component(component)));
    return new FormDefinition(text(form, "id"), List.copyOf(components));
  }

  private static FormComponent component(JsonNode node) {
    List<Option> options = new ArrayList<>();
    node.path("values").forEach(option -> options.add(new Option(text(option, "label"), text(option, "value"))));
    JsonNode defaultValue = node.get("defaultValue");
    return new FormComponent(text(node, "id"), text(node, "type"), text(node, "key"), text(node, "label"),
        text(node, "description"), text(node, "text"), defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(),
        text(node, "subtype"), List.copyOf(options), validation(node.get("validate")), text(node, "valuesKey"));
  }

  private static Validation validation(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Validation.NONE;
    }
    return new Validation(node.path("required").asBoolean(false), number(node, "min"), number(node, "max"),
        integer(node, "minLength"), integer(node, "maxLength"), text(node, "pattern"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber() ? null : value.asDouble();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.canConvertToInt() ? null : value.asInt();
  }
}
