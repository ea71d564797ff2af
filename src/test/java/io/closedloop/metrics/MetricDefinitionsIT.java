package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every definition of {@code docs/metrics.md} on data whose figures are computed by hand, written
 * straight into the database (the triggers keep the read models) and read through the API.
 */
@IntegrationTest
class MetricDefinitionsIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  private JsonNode get(String path) {
    return Api.as("lea", port).getForObject(path, JsonNode.class);
  }

  @Test
  void nps_is_promoters_minus_detractors_over_all_responses_with_counts_and_shares() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.responses(10, 3, "2019-02-01T10:00:00Z");
    data.responses(8, 4, "2019-02-02T10:00:00Z");
    data.responses(2, 1, "2019-02-03T10:00:00Z");

    JsonNode total = get("/api/metrics/nps?from=2019-02-01&to=2019-02-28&team=" + data.team()).get("total");

    assertThat(total.get("responses").asInt()).isEqualTo(8);
    assertThat(total.get("promoters").asInt()).isEqualTo(3);
    assertThat(total.get("passives").asInt()).isEqualTo(4);
    assertThat(total.get("detractors").asInt()).isEqualTo(1);
    assertThat(total.get("nps").asInt()).isEqualTo(25);
    assertThat(total.get("npsExact").decimalValue()).isEqualByComparingTo("25.0");
    assertThat(total.get("passiveShare").decimalValue()).isEqualByComparingTo("0.5");
  }

  @Test
  void nps_of_a_period_without_responses_is_null_not_zero() {
    MetricsFixtures data = new MetricsFixtures(jdbc);

    JsonNode total = get("/api/metrics/nps?from=2019-02-01&to=2019-02-28&team=" + data.team()).get("total");

    assertThat(total.get("responses").asInt()).isZero();
    assertThat(total.get("nps").isNull()).isTrue();
    assertThat(total.get("npsExact").isNull()).isTrue();
  }

  @Test
  void nps_of_only_passives_is_zero() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.responses(7, 2, "2019-02-01T10:00:00Z");
    data.responses(8, 3, "2019-02-01T11:00:00Z");

    JsonNode total = get("/api/metrics/nps?from=2019-02-01&to=2019-02-01&team=" + data.team()).get("total");

    assertThat(total.get("nps").asInt()).isZero();
    assertThat(total.get("npsExact").decimalValue()).isEqualByComparingTo("0.0");
  }

  @Test
  void nps_exactly_half_way_rounds_away_from_zero_both_ways() {
    MetricsFixtures up = new MetricsFixtures(jdbc);
    up.responses(9, 2, "2019-02-01T10:00:00Z");
    up.responses(7, 5, "2019-02-01T10:00:00Z");
    up.responses(6, 1, "2019-02-01T10:00:00Z");
    MetricsFixtures down = new MetricsFixtures(jdbc);
    down.responses(9, 1, "2019-02-01T10:00:00Z");
    down.responses(7, 5, "2019-02-01T10:00:00Z");
    down.responses(0, 2, "2019-02-01T10:00:00Z");

    JsonNode positive = get("/api/metrics/nps?from=2019-02-01&to=2019-02-01&team=" + up.team()).get("total");
    JsonNode negative = get("/api/metrics/nps?from=2019-02-01&to=2019-02-01&team=" + down.team()).get("total");

    assertThat(positive.get("npsExact").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(positive.get("nps").asInt()).isEqualTo(13);
    assertThat(negative.get("npsExact").decimalValue()).isEqualByComparingTo("-12.5");
    assertThat(negative.get("nps").asInt()).isEqualTo(-13);
  }

  @Test
  void weeks_and_months_are_keyed_iso_style_and_empty_buckets_have_a_null_nps() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.responses(10, 1, "2019-03-04T10:00:00Z");
    data.responses(3, 1, "2019-03-24T23:59:59Z");

    JsonNode weeks = get("/api/metrics/nps?from=2019-03-04&to=2019-03-24&groupBy=week&team=" + data.team()).get("groups");
    JsonNode months = get("/api/metrics/nps?from=2019-01-01&to=2019-03-31&groupBy=month&team=" + data.team()).get("groups");

    assertThat(weeks.findValuesAsText("key")).containsExactly("2019-W10", "2019-W11", "2019-W12");
    assertThat(weeks.get(0).get("nps").asInt()).isEqualTo(100);
    assertThat(weeks.get(1).get("responses").asInt()).isZero();
    assertThat(weeks.get(1).get("nps").isNull()).isTrue();
    assertThat(weeks.get(2).get("nps").asInt()).isEqualTo(-100);
    assertThat(months.findValuesAsText("key")).containsExactly("2019-01", "2019-02", "2019-03");
    assertThat(months.get(0).get("nps").isNull()).isTrue();
    assertThat(months.get(2).get("responses").asInt()).isEqualTo(2);
  }

  @Test
  void a_week_that_straddles_new_year_takes_its_iso_week_year() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.responses(10, 1, "2020-12-31T10:00:00Z");

    JsonNode weeks = get("/api/metrics/nps?from=2020-12-28&to=2021-01-10&groupBy=week&team=" + data.team()).get("groups");

    assertThat(weeks.findValuesAsText("key")).containsExactly("2020-W53", "2021-W01");
  }

  @Test
  void closed_loop_figures_follow_the_definitions_case_by_case() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID anna = data.customer("smb");
    UUID bent = data.customer("smb");
    UUID carl = data.customer("enterprise");
    UUID dora = data.customer("smb");
    // Carl answered again a month later, still a detractor, before his case existed.
    data.response(carl, 2, "2019-04-04T09:00:00Z", "store", "p1");
    // A: reached exactly at the deadline (48 h), resolved after 72 h.
    UUID a = data.detractorCase(data.response(anna, 3, "2019-03-04T07:00:00Z", "store", "p1"), "2019-03-04T08:00:00Z",
        "2019-03-06T08:00:00Z", "2019-03-06T08:00:00Z", "RESOLVED", "2019-03-07T08:00:00Z", 0, "alice", "service.waiting-time");
    // B: reached 12 h late (36 h), resolved after 48 h, escalated once.
    data.detractorCase(data.response(bent, 5, "2019-03-04T09:00:00Z", "store", "p1"), "2019-03-04T10:00:00Z",
        "2019-03-05T10:00:00Z", "2019-03-05T22:00:00Z", "RESOLVED", "2019-03-06T10:00:00Z", 1, "bob", "service.waiting-time");
    // C: never reached, closed unreachable after 72 h, escalated twice.
    data.detractorCase(data.response(carl, 1, "2019-03-05T08:00:00Z", "store", "p1"), "2019-03-05T09:00:00Z",
        "2019-03-06T09:00:00Z", null, "UNREACHABLE", "2019-03-08T09:00:00Z", 2, "bob", null);
    // D: still being worked, deadline far ahead: not yet counted for the SLA.
    data.detractorCase(data.response(dora, 4, "2019-03-06T11:00:00Z", "store", "p1"), "2019-03-06T12:00:00Z",
        "2099-01-01T00:00:00Z", null, "IN_PROGRESS", null, 0, "alice", null);
    // Anna answers twice more: the next answer (promoter, within 180 days) is the one that counts.
    data.response(anna, 10, "2019-06-12T07:00:00Z", "store", "p1");
    data.response(anna, 0, "2019-06-20T07:00:00Z", "store", "p1");
    // Bent answers again only after 180 days: not counted.
    data.response(bent, 8, "2019-09-30T09:00:00Z", "store", "p1");

    JsonNode total = get("/api/metrics/closed-loop?from=2019-03-01&to=2019-03-31&team=" + data.team()).get("total");

    assertThat(total.get("casesOpened").asInt()).isEqualTo(4);
    assertThat(total.get("contactedWithinSlaShare").decimalValue()).isEqualByComparingTo("0.3333");
    assertThat(total.at("/timeToFirstContactHours/p50").decimalValue()).isEqualByComparingTo("42.0");
    assertThat(total.at("/timeToFirstContactHours/p90").decimalValue()).isEqualByComparingTo("46.8");
    assertThat(total.at("/timeToCloseHours/p50").decimalValue()).isEqualByComparingTo("72.0");
    assertThat(total.at("/timeToCloseHours/p90").decimalValue()).isEqualByComparingTo("72.0");
    assertThat(total.get("closedLoopRate").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(total.get("escalationRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(total.get("unreachableRate").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(total.get("recoveryRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(total.at("/counts/answeredAgain").asInt()).isEqualTo(2);

    JsonNode owners = get("/api/metrics/closed-loop?from=2019-03-01&to=2019-03-31&groupBy=owner&team=" + data.team()).get("groups");
    assertThat(owners.findValuesAsText("key")).containsExactly("alice", "bob");
    assertThat(owners.get(0).get("contactedWithinSlaShare").decimalValue()).isEqualByComparingTo("1");

    JsonNode within = get("/api/metrics/closed-loop/cases?from=2019-03-01&to=2019-03-31&figure=WITHIN_SLA&team=" + data.team());
    assertThat(within.findValuesAsText("id")).containsExactly(a.toString());
    JsonNode causes = get("/api/metrics/root-causes?from=2019-03-01&to=2019-03-31&team=" + data.team());
    assertThat(causes.get("cases").asInt()).isEqualTo(2);
    assertThat(causes.at("/causes/0/code").asText()).isEqualTo("service.waiting-time");
    assertThat(causes.at("/causes/0/category").asText()).isEqualTo("Service");
    assertThat(causes.at("/causes/0/cumulativeShare").decimalValue()).isEqualByComparingTo("1");
  }

  @Test
  void a_case_without_a_first_contact_or_close_has_no_hours() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID response = data.response(data.customer(null), 2, "2019-05-01T07:00:00Z", "store", "p1");
    data.detractorCase(response, "2019-05-01T08:00:00Z", "2019-05-03T08:00:00Z", null, "OPEN", null, 0, null, null);

    JsonNode total = get("/api/metrics/closed-loop?from=2019-05-01&to=2019-05-01&team=" + data.team()).get("total");

    assertThat(total.get("casesOpened").asInt()).isEqualTo(1);
    assertThat(total.at("/timeToFirstContactHours/p50").isNull()).isTrue();
    assertThat(total.at("/timeToCloseHours/p90").isNull()).isTrue();
    assertThat(total.get("contactedWithinSlaShare").decimalValue()).isEqualByComparingTo("0");
    assertThat(total.get("recoveryRate").isNull()).isTrue();
  }

  @Test
  void the_responses_behind_a_group_are_those_it_counted() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID customer = data.customer("retail");
    UUID counted = data.response(customer, 1, "2019-07-01T10:00:00Z", "store", "p1");
    data.response(customer, 9, "2019-07-01T10:00:00Z", "website", "p1");

    JsonNode list = get("/api/metrics/nps/responses?from=2019-07-01&to=2019-07-01&groupBy=touchpoint&key=store&team=" + data.team());
    JsonNode segmentList = get("/api/metrics/nps/responses?from=2019-07-01&to=2019-07-01&groupBy=segment&key=retail&category=PROMOTER&team=" + data.team());

    assertThat(list.findValuesAsText("id")).containsExactly(counted.toString());
    assertThat(list.at("/page/totalElements").asInt()).isEqualTo(1);
    assertThat(segmentList.at("/content/0/touchpoint").asText()).isEqualTo("website");
  }
}
