package io.closedloop.metrics.web;

/**
 * Keeps a text cell of a CSV export from running as a formula when the file is opened in a
 * spreadsheet (OWASP, "CSV Injection"): a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading {@code '}, so the spreadsheet shows it as
 * text. Only text goes through here: numbers, such as a negative NPS, are written as they are.
 */
final class SpreadsheetSafeText {

  private SpreadsheetSafeText() {}

  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return startsAFormula(text.charAt(0)) ? "'" + text : text;
  }

  private static boolean startsAFormula(char first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
