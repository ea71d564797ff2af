package io.closedloop.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registered reference codes with their labels, as pages show them and admins rename them. */
@Component
public class ReferenceData {

  private final JdbcClient jdbc;

  ReferenceData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Code to label of one kind, ordered by label. */
  @Transactional(readOnly = true)
  public Map<String, String> labels(ReferenceKind kind) {
    Map<String, String> labels = new LinkedHashMap<>();
    jdbc.sql("select code, label from reference_code where kind = :kind order by lower(label), code")
        .param("kind", kind.name())
        .query(rs -> {
          labels.put(rs.getString("code"), rs.getString("label"));
        });
    return labels;
  }

  /** Code to label of one kind, the Danish label for Danish where one is set. */
  @Transactional(readOnly = true)
  public Map<String, String> labels(ReferenceKind kind, Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    jdbc.sql("select code, case when :danish then coalesce(label_da, label) else label end as label from reference_code where kind = :kind")
        .param("danish", "da".equals(locale.getLanguage()))
        .param("kind", kind.name())
        .query(rs -> {
          labels.put(rs.getString("code"), rs.getString("label"));
        });
    return labels;
  }

  /** Every registered code with its English and Danish label, by kind and label. */
  @Transactional(readOnly = true)
  public List<Code> all() {
    return jdbc.sql("select kind, code, label, label_da from reference_code order by kind, lower(label), code")
        .query((rs, row) -> new Code(ReferenceKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("label"),
            rs.getString("label_da")))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<String> labelOf(ReferenceKind kind, String code) {
    return jdbc.sql("select label from reference_code where kind = :kind and code = :code")
        .param("kind", kind.name()).param("code", code).query(String.class).optional();
  }

  /** The Danish label of a code, if it has one. */
  @Transactional(readOnly = true)
  public Optional<String> danishLabelOf(ReferenceKind kind, String code) {
    return jdbc.sql("select label_da from reference_code where kind = :kind and code = :code and label_da is not null")
        .param("kind", kind.name()).param("code", code).query(String.class).optional();
  }

  /** Gives a code a new Danish label ({@code null}: none, the English one is shown); false when the code is not registered. */
  @Transactional
  public boolean renameDanish(ReferenceKind kind, String code, String labelDa) {
    return jdbc.sql("update reference_code set label_da = :label where kind = :kind and code = :code")
        .param("label", labelDa).param("kind", kind.name()).param("code", code).update() > 0;
  }

  /** Gives a code a new label; false when the code is not registered. */
  @Transactional
  public boolean rename(ReferenceKind kind, String code, String label) {
    return jdbc.sql("update reference_code set label = :label where kind = :kind and code = :code")
        .param("label", label).param("kind", kind.name()).param("code", code).update() > 0;
  }

  /** One registered code, its label and its Danish label ({@code null} when it has none). */
  public record Code(ReferenceKind kind, String code, String label, String labelDa) {}
}
