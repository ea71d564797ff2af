package io.closedloop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in a template what the pages' Content-Security-Policy refuses to run: inline scripts
 * (a {@code <script>} with a body, unless it is {@code type="application/json"} data), event
 * handler attributes ({@code onclick=}, {@code th:onclick=}, htmx's {@code hx-on}), {@code style}
 * attributes and {@code <style>} elements, and {@code javascript:} links.
 */
final class InlineCode {

  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
  private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>(.*?)</script\\s*>");
  private static final Pattern JSON_TYPE = Pattern.compile("(?i)\\btype\\s*=\\s*[\"']application/json[\"']");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
  private static final Pattern FORBIDDEN_NAME = Pattern.compile("(?i)(?:th:|data-th-)?(?:on[a-z]+|style)|(?:data-)?hx-on.*");

  private InlineCode() {}

  /** What in the markup would need {@code 'unsafe-inline'}, each as a short description. */
  static List<String> in(String html) {
    List<String> found = new ArrayList<>();
    Matcher script = SCRIPT.matcher(html);
    while (script.find()) {
      if (!script.group(2).isBlank() && !JSON_TYPE.matcher(script.group(1)).find()) {
        found.add("inline <script" + script.group(1) + ">");
      }
    }
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      if (tag.group(1).equalsIgnoreCase("style")) {
        found.add("<style> element");
      }
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String name = attribute.group(1);
        String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "").strip();
        if (FORBIDDEN_NAME.matcher(name).matches()) {
          found.add(name + "= on <" + tag.group(1) + ">");
        } else if (value.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          found.add("javascript: URL in " + name + "= on <" + tag.group(1) + ">");
        }
      }
    }
    return found;
  }
}
