package io.closedloop.praise;

import io.closedloop.intake.NpsCounting;
import io.closedloop.metrics.ClosedLoopFigures;
import io.closedloop.metrics.ClosedLoopReports;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.Group;
import io.closedloop.metrics.NpsFigures;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.Scope;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One staff member's customers' loyalty over a period: the NPS of the responses naming them as employee (their
 * employee codes, see {@link PraiseRecipients}) and of the customers they are account owner of, and the
 * closed-loop figures of the cases they own (recovery as the metrics define it); with the latest of each.
 */
@Component
@Transactional(readOnly = true)
public class OwnLoyalty {

  private static final int LISTED = 20;

  private final NpsQueries nps;
  private final ClosedLoopReports closedLoop;
  private final PraiseRecipients recipients;
  private final NpsCounting counting;
  private final JdbcClient jdbc;

  OwnLoyalty(NpsQueries nps, ClosedLoopReports closedLoop, PraiseRecipients recipients, NpsCounting counting, JdbcClient jdbc) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.recipients = recipients;
    this.counting = counting;
    this.jdbc = jdbc;
  }

  public Loyalty of(String userId, Period period) {
    Set<String> codes = Set.copyOf(recipients.codesOf(userId));
    return new Loyalty(period, List.copyOf(codes), asEmployee(codes, period), asAccountOwner(userId, period),
        ownedCases(userId, period), answers(userId, codes, period), cases(userId, period));
  }

  private NpsFigures asEmployee(Set<String> codes, Period period) {
    if (codes.isEmpty()) {
      return NpsFigures.NONE;
    }
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (Group<NpsFigures> group : nps.report(period, GroupBy.EMPLOYEE, Scope.EVERYTHING).groups()) {
      if (group.key() != null && codes.contains(group.key())) {
        promoters += group.figures().promoters();
        passives += group.figures().passives();
        detractors += group.figures().detractors();
      }
    }
    return NpsFigures.of(promoters, passives, detractors);
  }

  private NpsFigures asAccountOwner(String userId, Period period) {
    return jdbc.sql("""
            select count(*) filter (where r.category = 'PROMOTER') as promoters, count(*) filter (where r.category = 'PASSIVE') as passives,
                   count(*) filter (where r.category = 'DETRACTOR') as detractors
            from response r join customer c on c.id = r.customer_id
            where c.account_owner = :user and r.answered_at >= :from and r.answered_at < :to and %s
            """.formatted(counting.responseCondition("r")))
        .param("user", userId).param("from", start(period)).param("to", end(period))
        .query((rs, row) -> NpsFigures.of(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"))).single();
  }

  private ClosedLoopFigures ownedCases(String userId, Period period) {
    return closedLoop.report(period, GroupBy.OWNER, Scope.EVERYTHING).groups().stream()
        .filter(group -> userId.equals(group.key())).map(Group::figures).findFirst().orElse(null);
  }

  private List<Answer> answers(String userId, Set<String> codes, Period period) {
    return jdbc.sql("""
            select r.id, r.score, r.category, r.touchpoint, r.employee, r.comment, r.answered_at, c.account_owner = :user as own_account
            from response r join customer c on c.id = r.customer_id
            where (c.account_owner = :user or r.employee in (:codes)) and r.answered_at >= :from and r.answered_at < :to
            order by r.answered_at desc, r.id limit :limit
            """)
        .param("user", userId).param("codes", codes.isEmpty() ? List.of("") : List.copyOf(codes))
        .param("from", start(period)).param("to", end(period)).param("limit", LISTED)
        .query((rs, row) -> new Answer(rs.getObject("id", UUID.class), rs.getInt("score"), rs.getString("category"),
            rs.getString("touchpoint"), rs.getString("employee"), rs.getString("comment"), rs.getTimestamp("answered_at").toInstant(),
            rs.getBoolean("own_account")))
        .list();
  }

  private List<OwnedCase> cases(String userId, Period period) {
    return jdbc.sql("""
            select c.id, c.status, c.outcome, c.created_at, c.closed_at, r.score, c.touchpoint
            from detractor_case c join response r on r.id = c.response_id
            where c.owner = :user and c.created_at >= :from and c.created_at < :to
            order by c.created_at desc, c.id limit :limit
            """)
        .param("user", userId).param("from", start(period)).param("to", end(period)).param("limit", LISTED)
        .query((rs, row) -> new OwnedCase(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("outcome"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
            rs.getInt("score"), rs.getString("touchpoint")))
        .list();
  }

  private static Timestamp start(Period period) {
    return Timestamp.from(period.from().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static Timestamp end(Period period) {
    return Timestamp.from(period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * A staff member's loyalty figures: their employee codes, the NPS as employee and as account owner, the
   * figures of the cases they own (null without cases), the latest answers of either kind and their latest cases.
   */
  public record Loyalty(Period period, List<String> employeeCodes, NpsFigures asEmployee, NpsFigures asAccountOwner,
      ClosedLoopFigures ownedCases, List<Answer> answers, List<OwnedCase> cases) {}

  /** An answer naming the user as employee or of a customer whose account they own. */
  public record Answer(UUID id, int score, String category, String touchpoint, String employee, String comment, Instant answeredAt,
      boolean ownAccount) {}

  /** A case the user owns. */
  public record OwnedCase(UUID id, String status, String outcome, Instant createdAt, Instant closedAt, int score, String touchpoint) {}
}
