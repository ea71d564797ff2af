package io.closedloop.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading or paragraph of a form's {@code text} component, from the small Markdown subset Camunda
 * Forms use ({@code #} headings, {@code **bold**}) with {@code {{variable}}} filled in. Kept as plain
 * segments so the page escapes every character.
 *
 * @param level 0 for a paragraph, else the heading level
 */
public record TextBlock(int level, List<Segment> segments) {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

  /** A run of text, bold or not. */
  public record Segment(String text, boolean bold) {}

  public static List<TextBlock> of(String markdown, Map<String, ?> context) {
    List<TextBlock> blocks = new ArrayList<>();
    if (markdown == null) {
      return blocks;
    }
    for (String line : markdown.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher heading = HEADING.matcher(line.strip());
      if (heading.matches()) {
        blocks.add(new TextBlock(heading.group(1).length(), segments(heading.group(2), context)));
      } else {
        blocks.add(new TextBlock(0, segments(line.strip(), context)));
      }
    }
    return blocks;
  }

  private static List<Segment> segments(String line, Map<String, ?> context) {
    List<Segment> segments = new ArrayList<>();
    String[] parts = line.split("\\*\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        segments.add(new Segment(filled(parts[i], context), i % 2 == 1));
      }
    }
    return segments;
  }

  private static String filled(String text, Map<String, ?> context) {
    Matcher variable = VARIABLE.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (variable.find()) {
      Object value = context.get(variable.group(1));
      variable.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    variable.appendTail(filled);
    return filled.toString();
  }
}
