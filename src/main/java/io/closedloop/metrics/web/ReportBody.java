package io.closedloop.metrics.web;

import io.closedloop.metrics.Group;
import io.closedloop.metrics.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code {from, to, total, groups}}; as CSV one row for the total ({@code row=total}) and one per group. */
record ReportBody<F>(LocalDate from, LocalDate to, F total, List<Group<F>> groups) implements CsvExport {

  static <F> ReportBody<F> of(Report<F> report) {
    return new ReportBody<>(report.from(), report.to(), report.total(), report.groups());
  }

  @Override
  public List<Map<String, Object>> csvRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row("total", null, total));
    groups.forEach(group -> rows.add(row("group", group.key(), group.figures())));
    return rows;
  }

  private Map<String, Object> row(String kind, String key, F figures) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", from);
    row.put("to", to);
    row.put("row", kind);
    row.put("key", key);
    row.put("figures", figures);
    return row;
  }
}
