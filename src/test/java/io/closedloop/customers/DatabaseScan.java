package io.closedloop.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for strings in every text-like column of every table of the database, ours and the
 * engine's: text, varchar, char, json, xml, and bytea decoded as UTF-8 (as the engine stores long
 * and serialized values).
 */
public final class DatabaseScan {

  private final JdbcClient jdbc;

  public DatabaseScan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The columns ({@code table.column}) holding any of the strings. */
  public List<String> columnsHolding(List<String> needles) {
    List<String> found = new ArrayList<>();
    for (Map<String, Object> column : textColumns()) {
      String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
      String name = "\"" + column.get("column_name") + "\"";
      boolean binary = "bytea".equals(column.get("data_type"));
      if (holdsAny(table, name, binary, needles)) {
        needles.stream().filter(needle -> holdsAny(table, name, binary, List.of(needle)))
            .forEach(needle -> found.add(column.get("table_name") + "." + column.get("column_name") + " holds " + needle));
      }
    }
    return found;
  }

  private boolean holdsAny(String table, String column, boolean binary, List<String> needles) {
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < needles.size(); i++) {
      conditions.add(binary ? "position(convert_to(:n" + i + ", 'UTF8') in " + column + ") > 0" : "strpos(" + column + "::text, :n" + i + ") > 0");
    }
    var query = jdbc.sql("select exists (select 1 from " + table + " where " + String.join(" or ", conditions) + ")");
    for (int i = 0; i < needles.size(); i++) {
      query = query.param("n" + i, needles.get(i));
    }
    return query.query(Boolean.class).single();
  }

  /** How many text-like columns the scan reads (so a test can show it read the engine's tables too). */
  public List<String> scannedTables() {
    return textColumns().stream().map(column -> (String) column.get("table_name")).distinct().toList();
  }

  private List<Map<String, Object>> textColumns() {
    return jdbc.sql("""
            select c.table_schema, c.table_name, c.column_name, c.data_type
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema not in ('pg_catalog', 'information_schema') and t.table_type = 'BASE TABLE'
              and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'xml', 'bytea')
            order by c.table_name, c.column_name
            """).query().listOfRows();
  }
}
