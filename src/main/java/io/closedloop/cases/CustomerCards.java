package io.closedloop.cases;

import io.closedloop.cases.CustomerCard.Answer;
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
    List<UUID> earlierCases = jdbc.sql("select id from detractor_case where customer_id = :customer and id <> :case order by created_at desc")
        .param("customer", detractorCase.getCustomerId()).param("case", detractorCase.getId()).query(UUID.class).list();
    return jdbc.sql("select * from customer where id = :id").param("id", detractorCase.getCustomerId())
        .query((rs, row) -> new CustomerCard(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("name"),
            rs.getString("email"), rs.getString("phone"), rs.getString("segment"), rs.getString("service_preference"),
            rs.getString("account_owner"), response,
            answers.stream().filter(answer -> !answer.id().equals(detractorCase.getResponseId())).toList(), earlierCases))
        .single();
  }

  private Answer responseOf(UUID responseId) {
    return jdbc.sql("select id, score, category, comment, touchpoint, employee, answered_at from response where id = :id")
        .param("id", responseId)
        .query((rs, row) -> new Answer(rs.getObject("id", UUID.class), rs.getInt("score"), rs.getString("category"),
            rs.getString("comment"), rs.getString("touchpoint"), rs.getString("employee"), rs.getTimestamp("answered_at").toInstant()))
        .single();
  }
}
