package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One open case per customer: a new answer of a customer whose case is still open joins that case instead of
 * opening another. The case keeps the answer ({@code case_answer}), its timeline says so with the new score,
 * its owner is told, and routing decides its priority again from the new answer.
 */
@Service
public class JoiningOpenCase {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final AlarmRule alarmRule;
  private final PriorityRule priorityRule;
  private final CaseNotices notices;
  private final JdbcClient jdbc;

  JoiningOpenCase(CaseAccess cases, CaseTimeline timeline, AlarmRule alarmRule, PriorityRule priorityRule,
      CaseNotices notices, JdbcClient jdbc) {
    this.cases = cases;
    this.timeline = timeline;
    this.alarmRule = alarmRule;
    this.priorityRule = priorityRule;
    this.notices = notices;
    this.jdbc = jdbc;
  }

  /** Joins the answer to the case; empty when the case closed in the meantime. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<AnswerJoined> join(JoinOpenCase command) {
    DetractorCase joined = cases.load(command.caseId());
    if (joined.getStatus().isClosed()) {
      return Optional.empty();
    }
    OpenCase answer = command.answer();
    jdbc.sql("insert into case_answer (response_id, case_id, joined_at) values (:response, :case, :at)")
        .param("response", answer.responseId()).param("case", joined.getId()).param("at", Timestamp.from(answer.openedAt()))
        .update();
    timeline.record(joined.caseId(), CaseTimeline.SYSTEM, TimelineEventType.ANSWER_JOINED,
        "The customer answered again: score " + answer.score() + (answer.touchpoint() == null ? "" : " at " + answer.touchpoint()),
        answer.touchpoint() == null ? Wording.of("answerJoined").number(answer.score())
            : Wording.of("answerJoinedAt").number(answer.score()).touchpoint(answer.touchpoint()));
    Priority before = joined.getPriority();
    Priority decided = priorityRule.decide(answer, alarmRule.isAlarming(answer.score(), answer.comment()));
    if (joined.reprioritize(decided)) {
      timeline.record(joined.caseId(), CaseTimeline.SYSTEM, TimelineEventType.PRIORITY_CHANGED,
          "Priority " + before + " -> " + decided + " after the new answer",
          Wording.of("priorityChanged").priority(before).priority(decided));
      priorityRule.changed(joined.caseId(), decided);
    }
    if (joined.getOwner() != null) {
      notices.tell(List.of(joined.getOwner()), joined.getId(), CaseNotice.ANSWER_JOINED,
          "Your case's customer answered again: score " + answer.score(), Wording.of("answerJoined").number(answer.score()));
    }
    return Optional.of(new AnswerJoined(joined.caseId(), before, joined.getPriority()));
  }
}
