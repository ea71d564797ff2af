package io.closedloop.intake;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What routing an answer needs to know beyond the answer itself, in one query: the customer's open case
 * (cases' {@code detractor_case}) and the user its employee code belongs to (praise's {@code praise_recipient}).
 * Read after the customer's row is locked ({@link RegisteringCustomer}), so that an answer arriving at the
 * same time sees the case the other one opened.
 */
@Repository
class AnswerCircumstances {

  static final Circumstances NONE = new Circumstances(null, null);

  private final JdbcClient jdbc;

  AnswerCircumstances(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new customer has no case yet and an answer without an employee praises nobody: then nothing is read. */
  Circumstances of(UUID customerId, boolean newCustomer, String employee) {
    if (newCustomer && employee == null) {
      return NONE;
    }
    return jdbc.sql("""
            select (select id from detractor_case where customer_id = :customer and status in ('OPEN', 'IN_PROGRESS')
                    order by created_at, id limit 1) as open_case,
                   (select user_id from praise_recipient where employee_code = :employee) as praised_user
            """)
        .param("customer", customerId)
        .param("employee", employee)
        .query((rs, row) -> new Circumstances(rs.getObject("open_case", UUID.class), rs.getString("praised_user")))
        .single();
  }

  /** The customer's oldest open case and the user of the answer's employee, each null when there is none. */
  record Circumstances(UUID openCase, String praisedUser) {}
}
