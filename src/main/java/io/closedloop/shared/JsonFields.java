package io.closedloop.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Names the field of a JSON body that Jackson could not read, as the client spelled it ({@code customer.name}, {@code ideaIds[2]}). */
public final class JsonFields {

  private JsonFields() {}

  /** The field's dotted path, or {@code body} when the problem is the body itself. */
  public static String nameOf(JsonMappingException e) {
    if (e.getPath().isEmpty()) {
      return "body";
    }
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }
}
