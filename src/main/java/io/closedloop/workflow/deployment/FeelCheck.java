package io.closedloop.workflow.deployment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a FEEL expression of a decision table: no external Java function
 * ({@code function(x) external {java: ...}}) and no name that reaches into the Java runtime.
 * The engine's FEEL already has external functions switched off; this says so at deployment.
 */
final class FeelCheck {

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bfunction\\s*\\(.*?\\)\\s*external\\b", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private FeelCheck() {}

  static Optional<String> whyRefused(String feel) {
    String code = STRING_LITERAL.matcher(feel).replaceAll("\"\"");
    if (EXTERNAL_FUNCTION.matcher(code).find() || code.matches("(?s).*\\bexternal\\s*\\{.*")) {
      return Optional.of("declares an external Java function (function(...) external), which decisions may not call");
    }
    Matcher names = NAME.matcher(code);
    while (names.find()) {
      if (ProcessVocabulary.isReflective(names.group())) {
        return Optional.of("uses " + names.group() + ", which reaches into the server's Java runtime");
      }
    }
    return Optional.empty();
  }
}
