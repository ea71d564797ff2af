package io.closedloop.cases;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases of a customer: an erased case keeps status, owner, team, dates, root cause and outcome
 * (the columns {@code case_fact}'s update trigger watches do not change, so the figures stay) and
 * loses its resolution notes, close-the-loop message, contact-attempt notes and timeline details.
 * Its timeline says when it was erased.
 */
@Component
@Order(2)
class CaseRecords implements PersonalDataHolder {

  static final String ERASED = "Personal data erased";

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "cases";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return subject.caseIds().stream().map(this::exportOf).toList();
  }

  private Map<String, Object> exportOf(UUID caseId) {
    Map<String, Object> detractorCase = ExportRows.row(jdbc.sql("""
            select id, response_id as "responseId", status, owner, team, touchpoint, priority, alarming,
                   escalation_level as "escalationLevel", callback_due as "callbackDue", root_cause as "rootCause", outcome,
                   notes, close_the_loop_message as "closeTheLoopMessage", created_at as "createdAt",
                   first_reached_at as "firstReachedAt", closed_at as "closedAt", erased_at as "erasedAt"
            from detractor_case where id = :id
            """).param("id", caseId).query().singleRow());
    detractorCase.put("contactAttempts", ExportRows.of(jdbc.sql("""
            select at, by_user as "by", channel, reached, note from contact_attempt where case_id = :id order by at, id
            """).param("id", caseId).query().listOfRows()));
    detractorCase.put("timeline", ExportRows.of(jdbc.sql("""
            select at, actor, type, detail from case_event where case_id = :id order by at, id
            """).param("id", caseId).query().listOfRows()));
    return detractorCase;
  }

  @Override
  public void erase(DataSubject subject) {
    List<UUID> cases = subject.caseIds();
    if (cases.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    // version + 1: a case loaded before the erasure cannot be saved over it (optimistic locking)
    jdbc.sql("""
            update detractor_case set notes = null, close_the_loop_message = null, erased_at = :now, version = version + 1
            where id in (:cases)
            """).param("now", now).param("cases", cases).update();
    jdbc.sql("update contact_attempt set note = null where case_id in (:cases)").param("cases", cases).update();
    jdbc.sql("update case_event set detail = null, wording_key = null, wording_args = null where case_id in (:cases)")
        .param("cases", cases).update();
    for (UUID caseId : cases) {
      jdbc.sql("""
              insert into case_event (case_id, at, actor, type, detail, wording_key)
              values (:case, :now, :actor, :type, :detail, 'personalDataErased')
              """)
          .param("case", caseId).param("now", now).param("actor", CaseTimeline.SYSTEM)
          .param("type", TimelineEventType.PERSONAL_DATA_ERASED.name()).param("detail", ERASED).update();
    }
  }
}
