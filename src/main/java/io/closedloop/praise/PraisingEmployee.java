package io.closedloop.praise;

import io.closedloop.intake.PraiseRouted;
import io.closedloop.notifications.Notifications;
import io.closedloop.shared.Wording;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A promoter's answer that routing sent as praise: the praise is kept for the named employee's user (its words
 * are the answer's comment, read from the response) and the user is notified (in the bell, and by mail as their
 * alert settings say). The notification carries the score and touchpoint only, never the customer or the comment.
 */
@Service
public class PraisingEmployee {

  static final String NOTIFICATION = "PRAISE";

  private final JdbcClient jdbc;
  private final Notifications notifications;

  PraisingEmployee(JdbcClient jdbc, Notifications notifications) {
    this.jdbc = jdbc;
    this.notifications = notifications;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(PraiseRouted praise) {
    int stored = jdbc.sql("""
            insert into praise (id, response_id, employee_code, user_id, praised_at) values (:id, :response, :code, :user, :at)
            on conflict (response_id) do nothing
            """)
        .param("id", UUID.randomUUID()).param("response", praise.responseId()).param("code", praise.employeeCode())
        .param("user", praise.userId()).param("at", Timestamp.from(praise.at())).update();
    if (stored == 1) {
      notifications.send(List.of(praise.userId()), null, NOTIFICATION,
          "A promoter praised you: score " + praise.score() + (praise.touchpoint() == null ? "" : " at " + praise.touchpoint()),
          praise.touchpoint() == null ? Wording.of("praised").number(praise.score())
              : Wording.of("praisedAt").number(praise.score()).touchpoint(praise.touchpoint()));
    }
  }
}
