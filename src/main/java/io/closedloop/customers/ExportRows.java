package io.closedloop.customers;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows read for an export, with database timestamps as instants so that they are written as ISO-8601 UTC. */
public final class ExportRows {

  private ExportRows() {}

  public static List<Map<String, Object>> of(List<Map<String, Object>> rows) {
    return rows.stream().map(ExportRows::row).toList();
  }

  public static Map<String, Object> row(Map<String, Object> row) {
    Map<String, Object> converted = new LinkedHashMap<>();
    row.forEach((column, value) -> converted.put(column, value instanceof Timestamp at ? at.toInstant() : value));
    return converted;
  }
}
