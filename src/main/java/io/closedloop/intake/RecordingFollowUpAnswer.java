package io.closedloop.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer answered the re-survey of a closed case: the answer is stored as a response of its own
 * that follows up the case, with the touchpoint, team, employee, product and country of the answer
 * that opened the case, so that it shows with the customer's answers and is erased with them.
 * {@link NpsCounting} says whether the NPS figures count it.
 */
@Service
public class RecordingFollowUpAnswer {

  private final JdbcClient jdbc;

  RecordingFollowUpAnswer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the answer; answers the new response's id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID record(FollowUpAnswer answer) {
    UUID id = UUID.randomUUID();
    int stored = jdbc.sql("""
            insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team,
                                  employee, product, country, language, customer_id, content_hash, follows_up_case)
            select :id, :externalId, :score, :category, :comment, :at, :at, r.touchpoint, r.team, r.employee, r.product,
                   r.country, :language, r.customer_id, :hash, c.id
            from detractor_case c join response r on r.id = c.response_id
            where c.id = :caseId
            """)
        .param("id", id)
        .param("externalId", "re-survey:" + answer.reSurveyId())
        .param("score", answer.score())
        .param("category", NpsCategory.of(answer.score()).name())
        .param("comment", answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip())
        .param("at", Timestamp.from(answer.answeredAt()))
        .param("language", answer.language())
        .param("hash", "re-survey")
        .param("caseId", answer.caseId())
        .update();
    if (stored != 1) {
      throw new IllegalStateException("No case " + answer.caseId() + " to follow up");
    }
    return id;
  }

  /** The answer to the re-survey {@code reSurveyId} of the case {@code caseId}. */
  public record FollowUpAnswer(UUID caseId, UUID reSurveyId, int score, String comment, String language, Instant answeredAt) {}
}
