package io.closedloop.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases: filtered, sorted and paged lists, one case with everything about it, its owner. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

  private static final Map<String, String> SORTABLE = Map.of(
      "callbackDue", "c.callback_due", "createdAt", "c.created_at", "priority", "c.priority", "status", "c.status",
      "escalationLevel", "c.escalation_level", "owner", "c.owner", "team", "c.team", "nextAttemptDue", "c.next_attempt_due", "resolutionDue", "c.resolution_due");

  private final JdbcClient jdbc;
  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final ContactAttemptRepository attempts;
  private final Clock clock;

  CaseQueries(JdbcClient jdbc, CaseAccess cases, CaseTimeline timeline, ContactAttemptRepository attempts, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.timeline = timeline;
    this.attempts = attempts;
    this.clock = clock;
  }

  public Page<CaseSummary> list(CaseFilter filter, Pageable pageable) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    long total = count(where, params, searchesCustomers(filter));
    return new PageImpl<>(content(where, params, pageable), pageable, total);
  }

  /** The first cases of a list, counted up to {@code countUpTo}. */
  public Worklist worklist(CaseFilter filter, Pageable pageable, int countUpTo) {
    Map<String, Object> params = new HashMap<>();
    return worklist(where(filter, params), params, searchesCustomers(filter), pageable, countUpTo);
  }

  /**
   * What a search finds outside someone's two worklists, their own cases of one status and the open
   * queue: the cases their colleagues work on and the closed ones, as far as the filter reaches.
   */
  public Worklist foundBeyondWorklists(CaseFilter filter, String me, CaseStatus myListStatus, Pageable pageable, int countUpTo) {
    Map<String, Object> params = new HashMap<>();
    List<String> conditions = conditions(filter, params);
    conditions.add("c.status <> 'OPEN'");
    conditions.add("(c.owner is distinct from :worklistOwner or c.status <> :myListStatus)");
    params.put("worklistOwner", me);
    params.put("myListStatus", myListStatus.name());
    return worklist(" where " + String.join(" and ", conditions), params, searchesCustomers(filter), pageable, countUpTo);
  }

  private Worklist worklist(String where, Map<String, Object> params, boolean search, Pageable pageable, int countUpTo) {
    params.put("countLimit", countUpTo + 1);
    long counted = jdbc.sql("select count(*) from (select 1 from detractor_case c" + searchJoin(search) + where + " limit :countLimit) counted")
        .params(params).query(Long.class).single();
    boolean atLeast = counted > countUpTo;
    return new Worklist(content(where, params, pageable), atLeast ? countUpTo : counted, atLeast);
  }

  private long count(String where, Map<String, Object> params, boolean search) {
    return jdbc.sql("select count(*) from detractor_case c" + searchJoin(search) + where).params(params).query(Long.class).single();
  }

  /** Every case has its customer and response (foreign keys), so only a search needs the joins to count. */
  private static String searchJoin(boolean search) {
    return search ? " join customer cu on cu.id = c.customer_id join response r on r.id = c.response_id" : "";
  }

  private List<CaseSummary> content(String where, Map<String, Object> params, Pageable pageable) {
    String sql = """
        select c.*, r.score, cu.name as customer_name, cu.external_id as customer_external_id
        from detractor_case c join customer cu on cu.id = c.customer_id join response r on r.id = c.response_id
        """ + where + orderBy(pageable.getSort()) + " limit :limit offset :offset";
    params.put("limit", pageable.getPageSize());
    params.put("offset", pageable.getOffset());
    Instant now = clock.instant();
    return jdbc.sql(sql).params(params).query((rs, row) -> summary(rs, now)).list();
  }

  /** The open and in-progress cases of some teams, due first (at most {@code limit}). */
  public List<CaseSummary> openOf(java.util.Collection<String> teams, int limit) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    return jdbc.sql("""
            select c.*, r.score, cu.name as customer_name, cu.external_id as customer_external_id
            from detractor_case c join customer cu on cu.id = c.customer_id join response r on r.id = c.response_id
            where c.status in ('OPEN', 'IN_PROGRESS') and c.team in (:teams)
            order by c.callback_due asc nulls last, c.id limit :limit
            """)
        .param("teams", teams).param("limit", limit)
        .query((rs, row) -> summary(rs, now)).list();
  }

  public CaseDetail get(CaseId caseId) {
    DetractorCase found = cases.load(caseId);
    return new CaseDetail(found, attempts.findByCaseIdOrderByAtAscIdAsc(found.getId()), timeline.of(caseId), clock.instant());
  }

  public String ownerOf(CaseId caseId) {
    return cases.load(caseId).getOwner();
  }

  /** The customer a case is about. */
  public UUID customerOf(CaseId caseId) {
    return cases.load(caseId).getCustomerId();
  }

  /** The sort properties a case list accepts. */
  public static Set<String> sortable() {
    return SORTABLE.keySet();
  }

  private String where(CaseFilter filter, Map<String, Object> params) {
    List<String> conditions = conditions(filter, params);
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private List<String> conditions(CaseFilter filter, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (filter.status() != null) {
      conditions.add("c.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.owner() != null) {
      conditions.add("c.owner = :owner");
      params.put("owner", filter.owner());
    }
    if (filter.team() != null) {
      conditions.add("c.team = :team");
      params.put("team", filter.team());
    }
    if (filter.touchpoint() != null) {
      conditions.add("c.touchpoint = :touchpoint");
      params.put("touchpoint", filter.touchpoint());
    }
    if (filter.alarming() != null) {
      conditions.add("c.alarming = :alarming");
      params.put("alarming", filter.alarming());
    }
    if (filter.dueBefore() != null) {
      conditions.add("c.callback_due < :dueBefore");
      params.put("dueBefore", Timestamp.from(filter.dueBefore()));
    }
    if (filter.overdue() != null) {
      conditions.add(filter.overdue().condition());
      params.put("now", Timestamp.from(clock.instant()));
    }
    if (filter.visibility() != null) {
      conditions.add(filter.visibility().teams().isEmpty() ? "c.owner = :me" : "(c.team in (:teams) or c.owner = :me)");
      params.put("me", filter.visibility().owner());
      if (!filter.visibility().teams().isEmpty()) {
        params.put("teams", filter.visibility().teams());
      }
    }
    if (searchesCustomers(filter)) {
      conditions.add(search(filter.q().strip(), params));
    }
    return conditions;
  }

  /** A search matches part of the customer's name, email or id, the response's id or comment, or the digits of the phone number. */
  private static String search(String q, Map<String, Object> params) {
    params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    String matches = "cu.name ilike :q or cu.email ilike :q or cu.external_id ilike :q or r.external_id ilike :q or r.comment ilike :q";
    String digits = q.replaceAll("[\\s+()./-]", "");
    if (digits.matches("\\d{3,}")) {
      params.put("digits", "%" + digits + "%");
      matches += " or regexp_replace(cu.phone, '[^0-9]', '', 'g') like :digits";
    }
    return "(" + matches + ")";
  }

  private static boolean searchesCustomers(CaseFilter filter) {
    return filter.q() != null && !filter.q().isBlank();
  }

  private static String orderBy(Sort sort) {
    List<String> orders = new ArrayList<>();
    for (Sort.Order order : sort) {
      String column = SORTABLE.get(order.getProperty());
      if (column == null) {
        throw new io.closedloop.shared.InvalidInputException("sort", "cannot sort by " + order.getProperty() + "; use one of " + SORTABLE.keySet());
      }
      orders.add(column + (order.isAscending() ? " asc nulls last" : " desc nulls last"));
    }
    if (orders.isEmpty()) {
      orders.add("c.callback_due asc nulls last");
    }
    orders.add("c.id");
    return " order by " + String.join(", ", orders);
  }

  private static CaseSummary summary(ResultSet rs, Instant now) throws SQLException {
    CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
    Instant due = instant(rs, "callback_due");
    Instant resolutionDue = instant(rs, "resolution_due");
    CasePhase phase = rs.getTimestamp("first_reached_at") == null ? CasePhase.CALL_BACK : CasePhase.RESOLUTION;
    Instant phaseDue = phase == CasePhase.CALL_BACK ? due : resolutionDue;
    boolean overdue = !status.isClosed() && phaseDue != null && now.isAfter(phaseDue);
    return new CaseSummary(rs.getObject("id", UUID.class), rs.getObject("response_id", UUID.class), status,
        rs.getString("owner"), rs.getString("team"), Priority.valueOf(rs.getString("priority")), rs.getBoolean("alarming"),
        due, overdue, rs.getInt("escalation_level"), instant(rs, "created_at"), instant(rs, "next_attempt_due"),
        rs.getString("touchpoint"), rs.getInt("score"), rs.getString("customer_name"), rs.getString("customer_external_id"),
        phase, resolutionDue, rs.getInt("resolution_escalation_level"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** One case with its contact attempts and timeline. */
  public record CaseDetail(DetractorCase detractorCase, List<ContactAttempt> contactAttempts, List<TimelineEntry> timeline, Instant now) {}
}
