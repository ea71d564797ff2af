package io.closedloop.intake;

import io.closedloop.cases.CaseOpened;
import io.closedloop.cases.OpenCase;
import io.closedloop.cases.OpeningCase;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a response already stored, with the same facts intake gives a new detractor's
 * case: used for a detractor's answer to a re-survey, whose case follows up the first.
 */
@Service
public class OpeningCaseForResponse {

  private final JdbcClient jdbc;
  private final OpeningCase openingCase;
  private final Clock clock;

  OpeningCaseForResponse(JdbcClient jdbc, OpeningCase openingCase, Clock clock) {
    this.jdbc = jdbc;
    this.openingCase = openingCase;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public CaseOpened open(UUID responseId) {
    OpenCase command = jdbc.sql("""
            select r.id, r.customer_id, r.score, r.comment, r.touchpoint, r.team, r.segment, c.account_owner, c.service_preference
            from response r join customer c on c.id = r.customer_id where r.id = :id
            """)
        .param("id", responseId)
        .query((rs, row) -> {
          String preference = rs.getString("service_preference");
          return new OpenCase(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getInt("score"),
              rs.getString("comment"), rs.getString("touchpoint"), rs.getString("team"), rs.getString("segment"),
              rs.getString("account_owner"), preference, preference == null ? null : ServicePreference.valueOf(preference).hint(),
              clock.instant());
        })
        .single();
    return openingCase.open(command);
  }
}
