package io.closedloop.support;

import java.util.List;
import java.util.Map;

/** Reads an {@code application/problem+json} answer of the API (read as a map): its {@code errors: [{field, message}]}. */
public final class ProblemJson {

  private ProblemJson() {}

  /** The fields the problem names, in its order. */
  public static List<String> fields(Map<?, ?> problem) {
    return errors(problem).stream().map(error -> (String) error.get("field")).toList();
  }

  /** What the problem says of one field. */
  public static List<String> messagesOf(Map<?, ?> problem, String field) {
    return errors(problem).stream().filter(error -> field.equals(error.get("field"))).map(error -> (String) error.get("message")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(Map<?, ?> problem) {
    return (List<Map<String, Object>>) problem.get("errors");
  }
}
