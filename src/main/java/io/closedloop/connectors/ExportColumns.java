package io.closedloop.connectors;

import io.closedloop.intake.CsvLayout;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survey tool's export file read with a source's column mapping: Qualtrics writes three header
 * rows (column names, question texts, import ids with the time zone), SurveyMonkey two (questions,
 * then answer labels such as {@code Open-Ended Response}), Delighted one. A column the source's own
 * mapping names must be in the file; a default column that is not is left out. Without a score and
 * an id column the file is refused whole.
 */
final class ExportColumns implements CsvLayout {

  private static final Pattern QUALTRICS_TIME_ZONE = Pattern.compile("\"timeZone\"\\s*:\\s*\"([^\"]+)\"");
  private static final List<String> REQUIRED = List.of("externalId", "score");

  private final SourceKind kind;
  private final Mapping saved;
  private final Mapping effective;

  ExportColumns(SourceKind kind, Mapping saved) {
    this.kind = kind;
    this.saved = saved;
    this.effective = saved.over(KindDefaults.of(kind));
  }

  @Override
  public int headerRows() {
    return switch (kind) {
      case QUALTRICS -> 3;
      case SURVEYMONKEY -> 2;
      default -> 1;
    };
  }

  @Override
  public RowReader reader(List<List<String>> headerRows) {
    Header header = new Header(headerRows);
    List<FieldError> errors = new ArrayList<>();
    Map<String, List<Cell>> cells = new LinkedHashMap<>();
    for (String field : KindDefaults.fields()) {
      List<Cell> found = new ArrayList<>();
      for (Rule rule : effective.of(field)) {
        Optional<Cell> cell = header.cellOf(rule);
        if (cell.isPresent()) {
          found.add(cell.get());
        } else if (saved.names(field)) {
          errors.add(new FieldError("mapping." + field, "names " + rule.text() + ", which is not a column of the file"));
        }
      }
      if (!found.isEmpty()) {
        cells.put(field, found);
      } else if (REQUIRED.contains(field) && errors.stream().noneMatch(error -> error.field().equals("mapping." + field))) {
        errors.add(new FieldError("mapping." + field, "finds no column in the file; map " + field + " to the column that holds it"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ZoneId zone = header.timeZone();
    return row -> {
      Map<String, String> values = new LinkedHashMap<>();
      cells.forEach((field, fieldCells) -> {
        List<String> parts = fieldCells.stream().map(cell -> cell.read(row)).filter(part -> part != null && !part.isBlank()).toList();
        if (!parts.isEmpty()) {
          values.put(field, FieldText.normalize(field, String.join(" ", parts), zone));
        }
      });
      return EventMapping.submission(values);
    };
  }

  /** A value of a row: a column's cell, or a constant. */
  private record Cell(int column, String constant) {
    String read(List<String> row) {
      if (constant != null) {
        return constant;
      }
      return column < row.size() ? row.get(column) : null;
    }
  }

  /** The header rows of the file, and where each rule's column is. */
  private final class Header {
    private final List<String> names;
    private final List<List<String>> more;

    Header(List<List<String>> rows) {
      this.names = rows.get(0).stream().map(String::strip).toList();
      this.more = rows.subList(1, rows.size());
    }

    Optional<Cell> cellOf(Rule rule) {
      return switch (rule.type()) {
        case CONSTANT -> Optional.of(new Cell(-1, rule.value()));
        case COLUMN -> column(rule.value()).map(column -> new Cell(column, null));
        case NAMED -> (Rule.NPS.equals(rule.text()) ? npsColumn() : commentColumn()).map(column -> new Cell(column, null));
        default -> Optional.empty();
      };
    }

    private Optional<Integer> column(String name) {
      int exact = names.indexOf(name.strip());
      if (exact >= 0) {
        return Optional.of(exact);
      }
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(name.strip())) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    /** Qualtrics: the column with a {@code <name>_NPS_GROUP} companion; SurveyMonkey: the question asking how likely one would recommend. */
    private Optional<Integer> npsColumn() {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        boolean found = kind == SourceKind.QUALTRICS
            ? !name.isEmpty() && names.contains(name + "_NPS_GROUP")
            : name.toLowerCase(Locale.ROOT).contains("recommend");
        if (found) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    /** The free-text question after the NPS question: Qualtrics' next question column, SurveyMonkey's next open-ended answer. */
    private Optional<Integer> commentColumn() {
      Optional<Integer> nps = npsColumn();
      if (nps.isEmpty()) {
        return Optional.empty();
      }
      for (int i = nps.get() + 1; i < names.size(); i++) {
        boolean found = kind == SourceKind.QUALTRICS
            ? !names.get(i).endsWith("_NPS_GROUP") && names.get(i).startsWith("Q")
            : "Open-Ended Response".equalsIgnoreCase(cell(more.get(0), i));
        if (found) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    /** Qualtrics names the time zone of its dates in the import-id row; the other tools' dates are taken as UTC. */
    ZoneId timeZone() {
      if (kind != SourceKind.QUALTRICS) {
        return ZoneOffset.UTC;
      }
      for (String importId : more.get(more.size() - 1)) {
        Matcher zone = QUALTRICS_TIME_ZONE.matcher(importId);
        if (zone.find()) {
          try {
            return ZoneId.of(zone.group(1));
          } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
          }
        }
      }
      return ZoneOffset.UTC;
    }

    private static String cell(List<String> row, int column) {
      return column < row.size() ? row.get(column).strip() : "";
    }
  }
}
