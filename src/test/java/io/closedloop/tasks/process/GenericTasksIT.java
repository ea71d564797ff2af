package io.closedloop.tasks.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker's task list reads the engine's tasks without a page of their own through their partial
 * index, not every open case's step.
 */
@IntegrationTest
class GenericTasksIT {

  @Autowired
  GenericTasks genericTasks;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void the_index_of_tasks_without_a_page_of_their_own_leaves_out_the_case_pages_steps() {
    genericTasks.createIndex();

    String definition = jdbc.queryForObject("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname like 'closedloop_generic_task_%'",
        String.class);

    assertThat(definition).contains("(create_time_)").contains("CallBackCustomer").contains("ResolveCase").contains("ReviewAlarmingCase");
  }

  @Test
  void the_workers_query_reads_that_index() {
    genericTasks.createIndex();
    String query = genericTasks.workableBy(2).replace("#{user}", "'alice'").replace("#{group0}", "'agents'").replace("#{group1}", "'customer-service'");

    // however small the test's task table (the planner would read it whole): may it read the index for this query at all?
    List<String> plan = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
      List<String> lines = new ArrayList<>();
      try (Statement statement = connection.createStatement()) {
        statement.execute("set enable_seqscan = off");
        statement.execute("set enable_bitmapscan = off");
        try (ResultSet rows = statement.executeQuery("explain (costs off) " + query + " limit 200")) {
          while (rows.next()) {
            lines.add(rows.getString(1));
          }
        }
        statement.execute("reset enable_seqscan");
        statement.execute("reset enable_bitmapscan");
      }
      return lines;
    });

    assertThat(String.join("\n", plan)).contains("closedloop_generic_task_");
  }
}
