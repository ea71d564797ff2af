package io.closedloop.metrics.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes metrics answers as RFC 4180 CSV (UTF-8, header row) when a client asks for {@code text/csv};
 * text cells are made {@link SpreadsheetSafeText spreadsheet-safe}, numbers stay numbers.
 */
class CsvMessageConverter extends AbstractHttpMessageConverter<CsvExport> {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ObjectMapper json;

  CsvMessageConverter(ObjectMapper json) {
    super(TEXT_CSV);
    this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }

  @Override
  protected boolean supports(Class<?> type) {
    return CsvExport.class.isAssignableFrom(type);
  }

  @Override
  protected CsvExport readInternal(Class<? extends CsvExport> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("CSV is written only", input);
  }

  @Override
  protected void writeInternal(CsvExport export, HttpOutputMessage output) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (Map<String, Object> row : export.csvRows()) {
      Map<String, String> flat = new LinkedHashMap<>();
      flatten("", json.valueToTree(row), flat);
      columns.addAll(flat.keySet());
      rows.add(flat);
    }
    Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (Map<String, String> row : rows) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
          cells.add(row.getOrDefault(column, ""));
        }
        csv.printRecord(cells);
      }
    }
  }

  private static String cell(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    return value.isTextual() ? SpreadsheetSafeText.of(value.asText()) : value.asText();
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.properties().forEach(field -> flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into));
    } else if (!node.isArray()) {
      into.put(prefix, cell(node));
    }
  }
}
