package io.closedloop.metrics.web;

import io.closedloop.metrics.ReSurveyFigures;
import io.closedloop.metrics.ReSurveyReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-survey figures: {@code {from, to, total, reached, notReached, reachedAdvantage}}; as CSV one
 * row each for the total, the customers reached and those not reached.
 */
record ReSurveyBody(LocalDate from, LocalDate to, ReSurveyFigures total, ReSurveyFigures reached, ReSurveyFigures notReached,
    BigDecimal reachedAdvantage) implements CsvExport {

  static ReSurveyBody of(ReSurveyReport report) {
    return new ReSurveyBody(report.from(), report.to(), report.total(), report.reached(), report.notReached(),
        report.reachedAdvantage());
  }

  @Override
  public List<Map<String, Object>> csvRows() {
    return List.of(row("total", total), row("reached", reached), row("notReached", notReached));
  }

  private Map<String, Object> row(String kind, ReSurveyFigures figures) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", from);
    row.put("to", to);
    row.put("row", kind);
    row.put("figures", figures);
    row.put("reachedAdvantage", reachedAdvantage);
    return row;
  }
}
