package io.closedloop.intake;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database holds for a response, read directly so a test sees what was really stored. */
record IntakeDatabase(JdbcClient jdbc) {

  int responses(String externalId) {
    return jdbc.sql("select count(*) from response where external_id = ?").param(externalId).query(Integer.class).single();
  }

  int customers(String customerExternalId) {
    return jdbc.sql("select count(*) from customer where external_id = ?").param(customerExternalId).query(Integer.class).single();
  }

  /** Cases opened for the response with this external id. */
  int cases(String externalId) {
    return jdbc.sql("""
            select count(*) from detractor_case c join response r on r.id = c.response_id where r.external_id = ?
            """).param(externalId).query(Integer.class).single();
  }

  /** Cases of the customer with this external id, found without going through a response. */
  int casesOfCustomer(String customerExternalId) {
    return jdbc.sql("""
            select count(*) from detractor_case c join customer u on u.id = c.customer_id where u.external_id = ?
            """).param(customerExternalId).query(Integer.class).single();
  }

  UUID responseId(String externalId) {
    return jdbc.sql("select id from response where external_id = ?").param(externalId).query(UUID.class).single();
  }
}
