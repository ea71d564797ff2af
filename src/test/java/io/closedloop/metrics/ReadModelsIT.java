package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read models the triggers keep equal what they would be if rebuilt from the responses and cases. */
@IntegrationTest
class ReadModelsIT {

  @Autowired
  JdbcClient jdbc;

  @Test
  void the_daily_rollup_equals_the_responses_counted_afresh_after_inserts_updates_and_deletes() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID customer = data.customer("smb");
    UUID moved = data.response(customer, 9, "2019-08-01T23:30:00Z", "store", "p1");
    UUID removed = data.response(customer, 3, "2019-08-02T10:00:00Z", "store", "p1");
    data.response(customer, 7, "2019-08-02T10:00:00Z", "website", "p2");
    jdbc.sql("update response set score = 2, category = 'DETRACTOR', touchpoint = 'chat', answered_at = answered_at + interval '1 hour' where id = :id")
        .param("id", moved).update();
    jdbc.sql("delete from response where id = :id").param("id", removed).update();

    assertThat(differences("""
        select dim, day, team, key, follow_up, responses, promoters, passives, detractors from nps_daily where responses <> 0
        """, """
        select k.dim, r.day, r.team, k.key, r.follow_up, count(*)::int, count(*) filter (where r.category = 'PROMOTER')::int,
               count(*) filter (where r.category = 'PASSIVE')::int, count(*) filter (where r.category = 'DETRACTOR')::int
        from (select (answered_at at time zone 'UTC')::date as day, coalesce(team, '') as team, category, touchpoint, employee,
                     product, country, segment, follows_up_case is not null as follow_up from response) r
        cross join lateral (values ('total', ''), ('touchpoint', coalesce(r.touchpoint, '')), ('team', r.team),
                                   ('employee', coalesce(r.employee, '')), ('product', coalesce(r.product, '')),
                                   ('country', coalesce(r.country, '')), ('segment', coalesce(r.segment, ''))) as k (dim, key)
        group by k.dim, r.day, r.team, k.key, r.follow_up
        """)).isEmpty();
    assertThat(jdbc.sql("select sum(responses) from nps_daily where dim = 'touchpoint' and team = :team and key = 'chat'")
        .param("team", data.team()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void responses_inserted_in_one_statement_update_the_rollup_and_the_next_answer_of_earlier_cases() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID customer = data.customer("enterprise");
    UUID detractor = data.response(customer, 2, "2019-09-01T10:00:00Z", "store", "p1");
    UUID detractorCase = data.detractorCase(detractor, "2019-09-01T10:00:00Z", "2019-09-02T10:00:00Z", null, "OPEN", null, 0,
        "agent", null);
    jdbc.sql("""
            insert into response (id, external_id, score, category, answered_at, received_at, touchpoint, team, customer_id, content_hash)
            select gen_random_uuid(), 'set-' || gen_random_uuid(), s.score, s.category, s.at, s.at, 'store', :team, :customer, 'x'
            from (values (9, 'PROMOTER', timestamptz '2019-09-21T10:00:00Z'), (7, 'PASSIVE', timestamptz '2019-09-11T10:00:00Z'),
                         (1, 'DETRACTOR', timestamptz '2019-08-01T10:00:00Z')) as s (score, category, at)
            """).param("team", data.team()).param("customer", customer).update();

    assertThat(jdbc.sql("select next_category || ' ' || next_answer_at::date from case_fact where case_id = :id")
        .param("id", detractorCase).query(String.class).single()).isEqualTo("PASSIVE 2019-09-11");
    assertThat(jdbc.sql("select sum(responses) || '/' || sum(promoters) || '/' || sum(passives) from nps_daily where dim = 'total' and team = :team")
        .param("team", data.team()).query(String.class).single()).isEqualTo("4/1/1");
    assertThat(jdbc.sql("select sum(responses) from nps_daily where dim = 'segment' and team = :team and key = 'enterprise'")
        .param("team", data.team()).query(Long.class).single()).isEqualTo(4);
  }

  @Test
  void every_case_has_a_fact_row_that_matches_the_case() {
    assertThat(differences("""
        select case_id, team, owner, status, first_reached_at, closed_at, escalated, root_cause from case_fact
        """, """
        select id, coalesce(team, ''), coalesce(owner, ''), status, first_reached_at, closed_at, escalation_level > 0, root_cause
        from detractor_case
        """)).isEmpty();
  }

  private List<String> differences(String kept, String afresh) {
    return jdbc.sql("(" + kept + " except " + afresh + ") union all (" + afresh + " except " + kept + ")")
        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
  }
}
