package io.closedloop.connectors;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where one value of a mapping comes from: a JSON Pointer into the event ({@code /data/id}), a
 * Typeform field's {@code ref}, an export file's column, a constant ({@code =website}), or a rule
 * of the kind named with {@code @} ({@code @nps}: the answer of the survey's NPS question).
 */
record Rule(Type type, String text, JsonPointer pointer) {

  /** The sorts of rules. */
  enum Type { POINTER, REF, COLUMN, CONSTANT, NAMED }

  static final String NPS = "@nps";
  static final String COMMENT = "@comment";
  static final int MAX_LENGTH = 200;
  /** Jackson reads a {@code ~} that is not {@code ~0} or {@code ~1} as itself; RFC 6901 does not allow it. */
  private static final Pattern BAD_ESCAPE = Pattern.compile("~(?![01])");

  /** The rule {@code text} says for a source of {@code kind}, or an {@link IllegalArgumentException} saying why it cannot be. */
  static Rule parse(SourceKind kind, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
    }
    if (text.startsWith("=")) {
      return new Rule(Type.CONSTANT, text, null);
    }
    if (text.startsWith("@")) {
      if (!namedRules(kind).contains(text)) {
        throw new IllegalArgumentException(namedRules(kind).isEmpty() ? "names no rule a " + kind.code() + " source has"
            : "names no rule of " + kind.code() + " sources; they have " + String.join(", ", namedRules(kind)));
      }
      return new Rule(Type.NAMED, text, null);
    }
    if (!kind.takesWebhooks()) {
      return new Rule(Type.COLUMN, text, null);
    }
    if (text.startsWith("/")) {
      if (BAD_ESCAPE.matcher(text).find()) {
        throw new IllegalArgumentException("is not a JSON Pointer (RFC 6901): ~ must be followed by 0 or 1");
      }
      try {
        return new Rule(Type.POINTER, text, JsonPointer.compile(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("is not a JSON Pointer (RFC 6901)");
      }
    }
    if (kind == SourceKind.TYPEFORM) {
      return new Rule(Type.REF, text, null);
    }
    throw new IllegalArgumentException("must be a JSON Pointer such as /data/id, or =a constant");
  }

  /** The constant's value, without its {@code =}; the column, ref or name for the other rules. */
  String value() {
    return type == Type.CONSTANT ? text.substring(1) : text;
  }

  /** The {@code @} rules a kind knows: where its survey's NPS question and comment can be found without naming them. */
  static Set<String> namedRules(SourceKind kind) {
    return switch (kind) {
      case FORMBRICKS -> Set.of(NPS);
      case TYPEFORM, QUALTRICS, SURVEYMONKEY -> Set.of(NPS, COMMENT);
      default -> Set.of();
    };
  }
}
