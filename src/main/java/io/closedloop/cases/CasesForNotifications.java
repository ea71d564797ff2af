package io.closedloop.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the cases of notifications: their customer, when they were opened, touchpoint and score. */
@Component
@Transactional(readOnly = true)
class CasesForNotifications implements NotifiedCases {

  private final JdbcClient jdbc;

  CasesForNotifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<UUID, NotifiedCase> describe(Collection<UUID> caseIds) {
    Map<UUID, NotifiedCase> described = new HashMap<>();
    if (caseIds.isEmpty()) {
      return described;
    }
    jdbc.sql("""
            select c.id, coalesce(cu.name, cu.external_id) as customer, c.created_at, c.touchpoint, r.score
            from detractor_case c join customer cu on cu.id = c.customer_id join response r on r.id = c.response_id
            where c.id in (:ids)
            """)
        .param("ids", caseIds)
        .query(rs -> {
          described.put(rs.getObject("id", UUID.class), new NotifiedCase(rs.getString("customer"),
              rs.getTimestamp("created_at").toInstant(), rs.getString("touchpoint"), rs.getInt("score")));
        });
    return described;
  }
}
