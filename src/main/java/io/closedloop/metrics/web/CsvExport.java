package io.closedloop.metrics.web;

import java.util.List;
import java.util.Map;

/** An answer that can also be written as one CSV table: its rows, each a map of column to value (nested values flattened with dots). */
interface CsvExport {

  List<Map<String, Object>> csvRows();
}
