package io.closedloop.customermail;

import java.util.List;

/** The kinds of mail a customer gets, each with the placeholders its templates may use. */
public enum MailKind {
  CLOSE_THE_LOOP(List.of("customerName", "agentName", "companyName", "caseReference", "resolution")),
  RE_SURVEY(List.of("customerName", "companyName", "caseReference", "surveyLink"));

  private final List<String> placeholders;

  MailKind(List<String> placeholders) {
    this.placeholders = placeholders;
  }

  /** The names a template of this kind may use as {@code {name}}. */
  public List<String> placeholders() {
    return placeholders;
  }
}
