package io.closedloop.metrics;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/** The SQL condition that keeps a query to the teams of a scope. */
record TeamCondition(String sql, Map<String, Object> params) {

  static TeamCondition of(Scope scope, String column) {
    if (scope.allTeams()) {
      return new TeamCondition("true", Map.of());
    }
    if (scope.teams().isEmpty()) {
      return new TeamCondition("false", Map.of());
    }
    return new TeamCondition(column + " in (:teams)", Map.of("teams", scope.teams()));
  }

  StatementSpec bind(StatementSpec statement) {
    return statement.params(params);
  }
}
