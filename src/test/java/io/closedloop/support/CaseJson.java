package io.closedloop.support;

import java.util.List;
import java.util.Map;

/** Reads the lists of a case as the case API answers it (a JSON object read as a map): its timeline and its contact attempts. */
public final class CaseJson {

  private CaseJson() {}

  /** The case's timeline events, each with {@code at}, {@code actor}, {@code type} and {@code detail}. */
  public static List<Map<String, Object>> timeline(Map<?, ?> caseBody) {
    return entries(caseBody, "timeline");
  }

  /** The types of the case's timeline events, oldest first. */
  public static List<String> timelineTypes(Map<?, ?> caseBody) {
    return timeline(caseBody).stream().map(event -> (String) event.get("type")).toList();
  }

  /** The details of the case's timeline events, oldest first. */
  public static List<String> timelineDetails(Map<?, ?> caseBody) {
    return timeline(caseBody).stream().map(event -> (String) event.get("detail")).toList();
  }

  /** The case's contact attempts, each with {@code at}, {@code by}, {@code channel}, {@code reached} and {@code note}. */
  public static List<Map<String, Object>> contactAttempts(Map<?, ?> caseBody) {
    return entries(caseBody, "contactAttempts");
  }

  /** The items of one page of an API list ({@code content}). */
  public static List<Map<String, Object>> content(Map<?, ?> page) {
    return entries(page, "content");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<?, ?> body, String list) {
    return (List<Map<String, Object>>) body.get(list);
  }
}
