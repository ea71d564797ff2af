package io.closedloop.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases named variables of a process's instances (a case's free texts, a follow-up's contact details),
 * and where asked every text or JSON variable that is not one of the process's own (what a designer's
 * task form wrote, say a voucher note), in the engine's own tables, with SQL in the caller's transaction (the engine shares our data source and
 * transaction manager): the runtime value ({@code ACT_RU_VARIABLE}), the history of values
 * ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}), the byte arrays that hold long and serialized
 * values ({@code ACT_GE_BYTEARRAY}), and the task comments, attachments and descriptions. The
 * engine's API cannot do this: setting a variable keeps its earlier values in the history.
 * An erased variable becomes the engine's {@code null} type, so a running process still reads it.
 */
@Component
public class ErasingProcessVariables {

  static final String ERASED = "Personal data erased";
  private static final List<String> VARIABLE_TABLES = List.of("act_hi_varinst", "act_hi_detail");

  private final JdbcClient jdbc;

  ErasingProcessVariables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Erases the variables {@code names} of the instances of process {@code processKey} with these business keys. */
  public void erase(String processKey, List<UUID> businessKeys, List<String> names) {
    erase(processKey, businessKeys, names, null);
  }

  /** Erases the variables {@code names} and, unless {@code own} is null, every text or JSON variable not in {@code own}. */
  public void erase(String processKey, List<UUID> businessKeys, List<String> names, List<String> own) {
    if (businessKeys.isEmpty()) {
      return;
    }
    List<String> instances = jdbc.sql("select id_ from act_hi_procinst where proc_def_key_ = :key and business_key_ in (:keys)")
        .param("key", processKey).param("keys", businessKeys.stream().map(UUID::toString).toList())
        .query(String.class).list();
    if (instances.isEmpty()) {
      return;
    }
    List<String> byteArrays = new ArrayList<>(byteArraysOf("act_ru_variable", instances, names, own));
    jdbc.sql("""
            update act_ru_variable set type_ = 'null', text_ = null, text2_ = null, double_ = null, long_ = null,
                                       bytearray_id_ = null, rev_ = rev_ + 1
            where proc_inst_id_ in (:instances) and %s
            """.formatted(erased("type_", own))).param("instances", instances).param("names", names).param("own", keep(own)).update();
    for (String table : VARIABLE_TABLES) {
      byteArrays.addAll(byteArraysOf(table, instances, names, own));
      jdbc.sql("""
              update %s set var_type_ = 'null', text_ = null, text2_ = null, double_ = null, long_ = null, bytearray_id_ = null
              where proc_inst_id_ in (:instances) and %s
              """.formatted(table, erased("var_type_", own))).param("instances", instances).param("names", names)
          .param("own", keep(own)).update();
    }
    eraseTaskTexts(instances, byteArrays);
    if (!byteArrays.isEmpty()) {
      jdbc.sql("delete from act_ge_bytearray where id_ in (:ids)").param("ids", byteArrays).update();
    }
  }

  private void eraseTaskTexts(List<String> instances, List<String> byteArrays) {
    jdbc.sql("update act_hi_comment set message_ = :erased, full_msg_ = null where proc_inst_id_ in (:instances)")
        .param("erased", ERASED).param("instances", instances).update();
    byteArrays.addAll(jdbc.sql("select content_id_ from act_hi_attachment where proc_inst_id_ in (:instances) and content_id_ is not null")
        .param("instances", instances).query(String.class).list());
    jdbc.sql("""
            update act_hi_attachment set name_ = :erased, description_ = null, url_ = null, content_id_ = null
            where proc_inst_id_ in (:instances)
            """).param("erased", ERASED).param("instances", instances).update();
    jdbc.sql("update act_ru_task set description_ = null, rev_ = rev_ + 1 where proc_inst_id_ in (:instances) and description_ is not null")
        .param("instances", instances).update();
    jdbc.sql("update act_hi_taskinst set description_ = null where proc_inst_id_ in (:instances)").param("instances", instances).update();
  }

  private List<String> byteArraysOf(String table, List<String> instances, List<String> names, List<String> own) {
    String type = "act_ru_variable".equals(table) ? "type_" : "var_type_";
    return jdbc.sql("select bytearray_id_ from " + table + " where proc_inst_id_ in (:instances) and " + erased(type, own)
            + " and bytearray_id_ is not null")
        .param("instances", instances).param("names", names).param("own", keep(own)).query(String.class).list();
  }

  private static String erased(String typeColumn, List<String> own) {
    return own == null ? "name_ in (:names)" : "(name_ in (:names) or (" + typeColumn + " in ('string', 'json') and name_ not in (:own)))";
  }

  private static List<String> keep(List<String> own) {
    return own == null ? List.of("") : own;
  }
}
