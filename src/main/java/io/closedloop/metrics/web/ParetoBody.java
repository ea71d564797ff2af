package io.closedloop.metrics.web;

import io.closedloop.metrics.RootCausePareto.Cause;
import io.closedloop.metrics.RootCausePareto.Pareto;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The root-cause Pareto; as CSV one row per cause. */
record ParetoBody(LocalDate from, LocalDate to, long cases, List<Cause> causes) implements CsvExport {

  static ParetoBody of(Pareto pareto) {
    return new ParetoBody(pareto.from(), pareto.to(), pareto.cases(), pareto.causes());
  }

  @Override
  public List<Map<String, Object>> csvRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    causes.forEach(cause -> rows.add(Map.of("cause", cause)));
    return rows;
  }
}
