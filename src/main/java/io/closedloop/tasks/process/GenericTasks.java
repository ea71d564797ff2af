package io.closedloop.tasks.process;

import io.closedloop.tasks.StepsWithOwnPage;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's open tasks that have no page of their own, found fast among the many that do: the
 * case page's steps are most of the engine's tasks (one or more for each open case), and asking the
 * engine for a worker's tasks visited them all on every inbox. A partial index on the engine's task
 * table holds only the other tasks, by creation time; the query below names the same steps in the
 * same words, so the database reads that index. ClosedLoop creates the index when it is ready
 * (concurrently, so the engine is not held up); until then the query is only slower.
 */
@Component
class GenericTasks {

  private static final Logger log = LoggerFactory.getLogger(GenericTasks.class);
  private static final Pattern TASK_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final JdbcTemplate jdbc;
  private final String withoutOwnPages;

  GenericTasks(JdbcTemplate jdbc, StepsWithOwnPage ownPages) {
    this.jdbc = jdbc;
    List<String> keys = ownPages.taskKeys().stream().sorted().toList();
    keys.forEach(key -> {
      if (!TASK_KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("Not a task key: " + key);
      }
    });
    this.withoutOwnPages = keys.isEmpty() ? "RES.TASK_DEF_KEY_ is not null"
        : "RES.TASK_DEF_KEY_ not in (" + keys.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", ")) + ")";
  }

  /**
   * The engine's native query for the active tasks without a page of their own that a worker may work:
   * assigned to {@code #{user}}, or unassigned with the user or one of {@code #{group0}} ... among its
   * candidates; oldest first.
   */
  String workableBy(int groups) {
    String groupIn = groups == 0 ? "" : " or I.GROUP_ID_ in ("
        + IntStream.range(0, groups).mapToObj(i -> "#{group" + i + "}").collect(Collectors.joining(", ")) + ")";
    return """
        select RES.* from ACT_RU_TASK RES
        where %s and RES.SUSPENSION_STATE_ = 1
          and (RES.ASSIGNEE_ = #{user} or (RES.ASSIGNEE_ is null and exists (
                select 1 from ACT_RU_IDENTITYLINK I
                where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (I.USER_ID_ = #{user}%s))))
        order by RES.CREATE_TIME_ asc
        """.formatted(withoutOwnPages, groupIn);
  }

  /** The partial index the query reads, named after the steps it leaves out. */
  String indexDefinition() {
    return "create index concurrently if not exists closedloop_generic_task_" + Integer.toHexString(withoutOwnPages.hashCode())
        + " on act_ru_task (create_time_) where " + withoutOwnPages.replace("RES.", "");
  }

  @EventListener(ApplicationReadyEvent.class)
  void createIndex() {
    try {
      jdbc.execute(indexDefinition());
    } catch (DataAccessException notNow) {
      log.info("The index of tasks without a page of their own was not created now: {}", notNow.getMostSpecificCause().getMessage());
    }
  }
}
