package io.closedloop.calendar;

import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business calendar of each team: its saved working time (or {@link WorkingTime#DEFAULT}),
 * the public holidays of its country, and the company's and its own closing days. Calendars are
 * cached for a minute and forgotten, on every node, whenever this application changes one.
 */
@Component
public class TeamCalendars {

  static final Duration CACHE_TIME = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(TeamCalendars.class);
  private static final String NO_TEAM = "";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final OtherNodes otherNodes;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  TeamCalendars(JdbcClient jdbc, Clock clock, OtherNodes otherNodes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.otherNodes = otherNodes;
  }

  /** The calendar a team's deadlines are counted with; {@code null} or an unknown team gets the default. */
  public BusinessCalendar forTeam(String teamCode) {
    Instant now = clock.instant();
    Cached cached = cache.get(key(teamCode));
    if (cached != null && now.isBefore(cached.loadedAt().plus(CACHE_TIME))) {
      return cached.calendar();
    }
    BusinessCalendar calendar = load(teamCode);
    cache.put(key(teamCode), new Cached(calendar, now));
    return calendar;
  }

  /** The countries (ISO 3166-1 alpha-2) whose public holidays a calendar can keep. */
  public Set<String> countriesWithPublicHolidays() {
    return PublicHolidays.countries();
  }

  /** The working time saved for a team, if any. */
  public Optional<TeamWorkingTime> savedWorkingTime(String teamCode) {
    return jdbc.sql("select * from team_calendar where team = :team")
        .param("team", teamCode)
        .query(this::teamWorkingTime)
        .optional();
  }

  /** Saves a team's working time; its country must have known public holidays. */
  public void save(String teamCode, WorkingTime workingTime, String updatedBy) {
    Objects.requireNonNull(teamCode, "teamCode");
    new BusinessCalendar(workingTime);
    jdbc.sql("""
            insert into team_calendar (team, working_days, opens_at, closes_at, zone, country, updated_at, updated_by)
            values (:team, :days, :opensAt, :closesAt, :zone, :country, :updatedAt, :updatedBy)
            on conflict (team) do update set
              working_days = excluded.working_days, opens_at = excluded.opens_at, closes_at = excluded.closes_at,
              zone = excluded.zone, country = excluded.country,
              updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """)
        .param("team", teamCode)
        .param("days", WorkingDays.format(workingTime.workingDays()))
        .param("opensAt", workingTime.opensAt())
        .param("closesAt", workingTime.closesAt())
        .param("zone", workingTime.zone().getId())
        .param("country", workingTime.country())
        .param("updatedAt", Timestamp.from(clock.instant()))
        .param("updatedBy", updatedBy)
        .update();
    forgetCalendars();
  }

  /** The company's closing days and the team's own, by date; {@code null} for the company's only. */
  public List<ClosingDay> closingDays(String teamCode) {
    return jdbc.sql("select * from closing_day where team is null or team = :team order by day, team nulls first")
        .param("team", key(teamCode))
        .query(TeamCalendars::closingDay)
        .list();
  }

  /** Closes the whole company ({@code teamCode} null) or one team on a day; adding it again changes nothing. */
  public ClosingDay addClosingDay(LocalDate day, String teamCode, String reason) {
    Objects.requireNonNull(day, "day");
    jdbc.sql("insert into closing_day (day, team, reason) values (:day, :team, :reason) on conflict do nothing")
        .param("day", day)
        .param("team", teamCode)
        .param("reason", reason)
        .update();
    forgetCalendars();
    return findClosingDay(day, teamCode).orElseThrow();
  }

  /** Opens a closing day again; true when there was one. */
  public boolean removeClosingDay(LocalDate day, String teamCode) {
    int removed = teamCode == null
        ? jdbc.sql("delete from closing_day where day = :day and team is null").param("day", day).update()
        : jdbc.sql("delete from closing_day where day = :day and team = :team").param("day", day).param("team", teamCode).update();
    forgetCalendars();
    return removed > 0;
  }

  private Optional<ClosingDay> findClosingDay(LocalDate day, String teamCode) {
    return (teamCode == null
        ? jdbc.sql("select * from closing_day where day = :day and team is null").param("day", day)
        : jdbc.sql("select * from closing_day where day = :day and team = :team").param("day", day).param("team", teamCode))
        .query(TeamCalendars::closingDay)
        .optional();
  }

  private BusinessCalendar load(String teamCode) {
    Set<LocalDate> closed = new HashSet<>();
    closingDays(teamCode).forEach(closingDay -> closed.add(closingDay.day()));
    WorkingTime workingTime = teamCode == null
        ? WorkingTime.DEFAULT
        : savedWorkingTime(teamCode).map(TeamWorkingTime::workingTime).orElse(WorkingTime.DEFAULT);
    return new BusinessCalendar(workingTime, closed);
  }

  private TeamWorkingTime teamWorkingTime(ResultSet row, int rowNumber) throws SQLException {
    String team = row.getString("team");
    return new TeamWorkingTime(team, workingTime(team, row), row.getTimestamp("updated_at").toInstant(), row.getString("updated_by"));
  }

  // A calendar edited into something unusable outside this application must not stop cases from opening.
  private static WorkingTime workingTime(String team, ResultSet row) throws SQLException {
    try {
      WorkingTime workingTime = new WorkingTime(WorkingDays.parse(row.getString("working_days")),
          row.getObject("opens_at", LocalTime.class), row.getObject("closes_at", LocalTime.class),
          ZoneId.of(row.getString("zone")), row.getString("country"));
      new BusinessCalendar(workingTime);
      return workingTime;
    } catch (IllegalArgumentException | DateTimeException e) {
      log.warn("Team {} has an unusable calendar, using the default one: {}", team, e.getMessage());
      return WorkingTime.DEFAULT;
    }
  }

  private static ClosingDay closingDay(ResultSet row, int rowNumber) throws SQLException {
    return new ClosingDay(row.getLong("id"), row.getObject("day", LocalDate.class), row.getString("team"), row.getString("reason"));
  }

  // Forget now, and again after commit, so a calendar read meanwhile from the old rows is not kept.
  private void forgetCalendars() {
    cache.clear();
    otherNodes.tell(MemoryChange.all(MemoryChange.CALENDARS));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          cache.clear();
        }
      });
    }
  }

  @EventListener
  void changedElsewhere(ChangedElsewhere event) {
    if (event.change().concerns(MemoryChange.CALENDARS)) {
      cache.clear();
    }
  }

  private static String key(String teamCode) {
    return teamCode == null ? NO_TEAM : teamCode;
  }

  private record Cached(BusinessCalendar calendar, Instant loadedAt) {}
}
