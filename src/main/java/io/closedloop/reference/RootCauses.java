package io.closedloop.reference;

import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The two-level root-cause taxonomy, kept as data (e.g. {@code service} > {@code service.waiting-time}). */
@Component
public class RootCauses {

  private final JdbcClient jdbc;

  RootCauses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<RootCause> taxonomy() {
    List<Row> rows = jdbc.sql("select code, label, parent_code from root_cause order by position, code")
        .query((rs, n) -> new Row(rs.getString("code"), rs.getString("label"), rs.getString("parent_code"))).list();
    Map<String, List<Leaf>> children = new LinkedHashMap<>();
    rows.stream().filter(row -> row.parent() != null)
        .forEach(row -> children.computeIfAbsent(row.parent(), key -> new ArrayList<>()).add(new Leaf(row.code(), row.label())));
    return rows.stream().filter(row -> row.parent() == null)
        .map(row -> new RootCause(row.code(), row.label(), children.getOrDefault(row.code(), List.of())))
        .toList();
  }

  /**
   * Every leaf as a form choice labelled "cause: leaf" by {@code label} (code to label), in the
   * taxonomy's order: the resolve form's {@code rootCauseOptions}.
   */
  public List<Choice> choices(Function<String, String> label) {
    return taxonomy().stream().flatMap(cause -> cause.children().stream()
        .map(leaf -> new Choice(label.apply(cause.code()) + ": " + label.apply(leaf.code()), leaf.code()))).toList();
  }

  /** Every leaf as a form choice in the taxonomy's own (default) language, as Tasklist shows it. */
  public List<Choice> choices() {
    Map<String, String> labels = new LinkedHashMap<>();
    jdbc.sql("select code, label from root_cause").query(rs -> {
      labels.put(rs.getString("code"), rs.getString("label"));
    });
    return choices(code -> labels.getOrDefault(code, code));
  }

  public boolean isLeaf(String code) {
    return code != null && jdbc.sql("select count(*) from root_cause where code = :code and parent_code is not null")
        .param("code", code).query(Integer.class).single() > 0;
  }

  public String labelOf(String code) {
    return jdbc.sql("select label from root_cause where code = :code").param("code", code).query(String.class).optional().orElse(code);
  }

  /** Code to label of every root cause, the Danish label for Danish where one is set. */
  public Map<String, String> labels(Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    jdbc.sql("select code, case when :danish then coalesce(label_da, label) else label end as label from root_cause")
        .param("danish", "da".equals(locale.getLanguage()))
        .query(rs -> {
          labels.put(rs.getString("code"), rs.getString("label"));
        });
    return labels;
  }

  /** Code to Danish label of the root causes that have one. */
  public Map<String, String> danishLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    jdbc.sql("select code, label_da from root_cause where label_da is not null")
        .query(rs -> {
          labels.put(rs.getString("code"), rs.getString("label_da"));
        });
    return labels;
  }

  /** Gives a root cause a new Danish label ({@code null}: none, the English one is shown); false when there is no such code. */
  public boolean renameDanish(String code, String labelDa) {
    return jdbc.sql("update root_cause set label_da = :label where code = :code").param("label", labelDa).param("code", code).update() > 0;
  }

  /** Gives a root cause a new label; false when there is no such code. */
  public boolean rename(String code, String label) {
    return jdbc.sql("update root_cause set label = :label where code = :code").param("label", label).param("code", code).update() > 0;
  }

  /** Adds a leaf under a top-level root cause, as {@code parent.slug}; answers its code. */
  public String addLeaf(String parent, String slug, String label) {
    boolean topLevel = jdbc.sql("select count(*) from root_cause where code = :code and parent_code is null")
        .param("code", parent).query(Integer.class).single() > 0;
    if (!topLevel) {
      throw new InvalidInputException("parent", "must be a top-level root cause");
    }
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new InvalidInputException("code", "must be lower-case words joined by hyphens, e.g. long-queue");
    }
    String code = parent + "." + slug;
    int added = jdbc.sql("""
            insert into root_cause (code, label, parent_code, position)
            select :code, :label, :parent, coalesce(max(position), 0) + 1 from root_cause where parent_code = :parent
            on conflict (code) do nothing
            """).param("code", code).param("label", label).param("parent", parent).update();
    if (added == 0) {
      throw new ConflictException("Root cause " + code + " exists already");
    }
    return code;
  }

  /** A top-level root cause with its leaves. */
  public record RootCause(String code, String label, List<Leaf> children) {}

  /** A root cause a resolution can name, as a form offers it. */
  public record Choice(String label, String value) {}

  /** A root cause a resolution can name. */
  public record Leaf(String code, String label) {}

  private record Row(String code, String label, String parent) {}
}
