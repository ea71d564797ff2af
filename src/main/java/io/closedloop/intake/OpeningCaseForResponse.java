package io.closedloop.intake;

import io.closedloop.intake.DetractorCases.DetractorAnswer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a response already stored, with the same facts intake gives a new detractor's
 * case: used for a detractor's answer to a re-survey, whose case follows up the first. One open case
 * per customer holds here too: when the customer has another case still open, the answer joins it.
 */
@Service
public class OpeningCaseForResponse {

  private final JdbcClient jdbc;
  private final DetractorCases cases;
  private final Clock clock;

  OpeningCaseForResponse(JdbcClient jdbc, DetractorCases cases, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.clock = clock;
  }

  /** The case the response is on now: a new one, or the customer's open case it joined. */
  @Transactional(propagation = Propagation.MANDATORY)
  public CaseForResponse open(UUID responseId) {
    DetractorAnswer answer = jdbc.sql("""
            select r.id, r.customer_id, r.score, r.comment, r.touchpoint, r.team, r.segment, c.account_owner, c.service_preference
            from response r join customer c on c.id = r.customer_id where r.id = :id
            for update of c
            """)
        .param("id", responseId)
        .query((rs, row) -> {
          String preference = rs.getString("service_preference");
          return new DetractorAnswer(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getInt("score"),
              rs.getString("comment"), rs.getString("touchpoint"), rs.getString("team"), rs.getString("segment"),
              rs.getString("account_owner"), preference, preference == null ? null : ServicePreference.valueOf(preference).hint(),
              clock.instant());
        })
        .single();
    UUID openCase = otherOpenCase(responseId);
    if (openCase != null) {
      Optional<UUID> joined = cases.join(openCase, answer);
      if (joined.isPresent()) {
        return new CaseForResponse(joined.get(), true);
      }
    }
    return new CaseForResponse(cases.open(answer).caseId(), false);
  }

  /** The customer's oldest open case other than the one the response follows up; read after the customer's row was locked. */
  private UUID otherOpenCase(UUID responseId) {
    return jdbc.sql("""
            select o.id from response r join detractor_case o on o.customer_id = r.customer_id
            where r.id = :id and o.status in ('OPEN', 'IN_PROGRESS') and o.id is distinct from r.follows_up_case
            order by o.created_at, o.id limit 1
            """)
        .param("id", responseId).query(UUID.class).optional().orElse(null);
  }

  /** The case a response is on, and whether it joined that case rather than opened it. */
  public record CaseForResponse(UUID caseId, boolean joined) {}
}
