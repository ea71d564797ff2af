package io.closedloop.cases;

import io.closedloop.cases.CustomerCard.Answer;
import io.closedloop.cases.CustomerCard.DetailChange;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the customer card of a case from the stored responses and customers. */
@Component
@Transactional(readOnly = true)
public class CustomerCards {

  private final JdbcClient jdbc;

  CustomerCards(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public CustomerCard of(DetractorCase detractorCase) {
    List<Answer> answers = jdbc.sql("""
            select id, score, category, comment, touchpoint, employee, answered_at from response
            where customer_id = :customer order by answered_at desc limit 50
            """)
        .param("customer", detractorCase.getCustomerId())
        .query((rs, row) -> new Answer(rs.getObject("id", UUID.class), rs.getInt("score"), rs.getString("category"),
            rs.getString("comment"), rs.getString("touchpoint"), rs.getString("employee"), rs.getTimestamp("answered_at").toInstant()))
        .list();
    Answer response = answers.stream().filter(answer -> answer.id().equals(detractorCase.getResponseId())).findFirst()
        .orElseGet(() -> responseOf(detractorCase.getResponseId()));
    List<DetailChange> changes = detailChangesOf(detractorCase.getCustomerId());
    List<UUID> earlierCases = jdbc.sql("select id from detractor_case where customer_id = :customer and id <> :case order by created_at desc")
        .param("customer", detractorCase.getCustomerId()).param("case", detractorCase.getId()).query(UUID.class).list();
    return jdbc.sql("select * from customer where id = :id").param("id", detractorCase.getCustomerId())
        .query((rs, row) -> new CustomerCard(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("name"),
            rs.getString("email"), rs.getString("phone"), rs.getString("segment"), rs.getString("service_preference"),
            rs.getString("account_owner"), response,
            answers.stream().filter(answer -> !answer.id().equals(detractorCase.getResponseId())).toList(), earlierCases, changes))
        .single();
  }

  /** The customer's history written by intake ({@code intake/RegisteringCustomer}, table {@code customer_change}). */
  private List<DetailChange> detailChangesOf(UUID customerId) {
    return jdbc.sql("""
            select changed_at, field, before_value, after_value, applied, response_id, response_external_id, posted_by
            from customer_change where customer_id = :customer order by changed_at desc, field limit 50
            """)
        .param("customer", customerId)
        .query((rs, row) -> new DetailChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("field"), rs.getString("before_value"),
            rs.getString("after_value"), rs.getBoolean("applied"), rs.getObject("response_id", UUID.class),
            rs.getString("response_external_id"), rs.getString("posted_by")))
        .list();
  }

  private Answer responseOf(UUID responseId) {
    return jdbc.sql("select id, score, category, comment, touchpoint, employee, answered_at from response where id = :id")
        .param("id", responseId)
        .query((rs, row) -> new Answer(rs.getObject("id", UUID.class), rs.getInt("score"), rs.getString("category"),
            rs.getString("comment"), rs.getString("touchpoint"), rs.getString("employee"), rs.getTimestamp("answered_at").toInstant()))
        .single();
  }
}
