package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The dashboard's CSV files come with the page's login, the page's filters and the reader's
 * scope; the new cuts and the readable drill-down lists.
 */
@IntegrationTest
class DashboardExportsIT {

  @Autowired
  WebApplicationContext context;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_drill_down_list_exports_every_matching_row_as_a_csv_file_with_the_page_login() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    for (int i = 0; i < 60; i++) {
      data.responses(3, 1, "2019-03-01T10:00:00Z");
    }
    data.responses(9, 1, "2019-03-02T10:00:00Z");
    Pages pages = new Pages(context);

    MockHttpServletResponse csv = pages.mvc().perform(get("/dashboard/responses.csv").param("from", "2019-03-01").param("to", "2019-03-31")
            .param("team", data.team()).param("category", "DETRACTOR").with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse();

    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"closedloop-responses-2019-03-01-2019-03-31.csv\"");
    List<CSVRecord> rows = records(csv.getContentAsString());
    assertThat(rows).hasSize(60).allSatisfy(row -> assertThat(row.get("item.category")).isEqualTo("DETRACTOR"));
  }

  @Test
  void a_figures_table_exports_the_cut_it_shows_with_the_total_first() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.response(data.customer("smb"), 10, "2019-04-01T10:00:00Z", "website", "p");
    data.response(data.customer("enterprise"), 0, "2019-04-01T11:00:00Z", "website", "p");
    data.response(data.customer("enterprise"), 9, "2019-04-02T11:00:00Z", "website", "p");
    Pages pages = new Pages(context);

    String csv = pages.mvc().perform(get("/dashboard/nps.csv").param("from", "2019-04-01").param("to", "2019-04-30")
            .param("team", data.team()).param("groupBy", "segment").with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    List<CSVRecord> rows = records(csv);
    assertThat(rows).extracting(row -> row.get("row") + " " + row.get("key") + " " + row.get("figures.nps"))
        .containsExactly("total  33", "group enterprise 0", "group smb 100");
  }

  @Test
  void a_manager_exports_only_their_own_teams() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.responses(2, 2, "2019-05-01T10:00:00Z");
    Pages pages = new Pages(context);

    String asLeadership = pages.mvc().perform(get("/dashboard/responses.csv").param("from", "2019-05-01").param("to", "2019-05-01")
        .param("team", data.team()).with(pages.as("lea"))).andReturn().getResponse().getContentAsString();
    String asManager = pages.mvc().perform(get("/dashboard/responses.csv").param("from", "2019-05-01").param("to", "2019-05-01")
        .param("team", data.team()).with(pages.as("mike"))).andReturn().getResponse().getContentAsString();

    assertThat(records(asLeadership)).hasSize(2);
    assertThat(asManager.strip()).isEmpty();
  }

  @Test
  void the_wall_screen_and_the_api_keep_their_own_doors_to_the_exports() throws Exception {
    Pages pages = new Pages(context);

    pages.mvc().perform(get("/dashboard/cases.csv").with(pages.as("wall"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/dashboard/cases.csv").with(pages.as("alice"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/dashboard/nps.csv").param("groupBy", "colour").with(pages.as("lea"))).andExpect(status().isBadRequest());
  }

  @Test
  void the_dashboard_cuts_the_nps_and_the_closed_loop_by_the_chosen_codes_with_their_labels() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID response = data.response(data.customer("enterprise"), 2, "2019-06-03T10:00:00Z", "website", "p");
    data.detractorCase(response, "2019-06-03T10:00:00Z", "2019-06-04T10:00:00Z", "2019-06-03T12:00:00Z", "RESOLVED",
        "2019-06-03T13:00:00Z", 0, "agent-x", "service.waiting-time");
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/dashboard").param("from", "2019-06-01").param("to", "2019-06-30").param("team", data.team())
            .param("npsBy", "country").param("loopBy", "segment").with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("NPS by country").contains("Closed loop by segment");
    assertThat(html).contains("/dashboard/responses?from=2019-06-01&amp;to=2019-06-30&amp;team=" + data.team() + "&amp;groupBy=country&amp;key=DK");
    assertThat(html).contains("/dashboard/cases?from=2019-06-01&amp;to=2019-06-30&amp;team=" + data.team() + "&amp;groupBy=segment&amp;key=enterprise");
    assertThat(html).contains("/dashboard/nps.csv?from=2019-06-01&amp;to=2019-06-30&amp;team=" + data.team() + "&amp;groupBy=country");
    assertThat(html).contains("/dashboard/closed-loop.csv?from=2019-06-01&amp;to=2019-06-30&amp;team=" + data.team() + "&amp;groupBy=segment");
    assertThat(html).doesNotContain("/api/metrics/nps?");
  }

  @Test
  void a_case_list_shows_labels_local_times_and_the_customer_as_a_link_to_the_case() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID response = data.response(data.customer("smb"), 1, "2019-07-01T10:00:00Z", "website", "p");
    UUID caseId = data.detractorCase(response, "2019-07-01T10:00:00Z", "2019-07-02T10:00:00Z", null, "IN_PROGRESS", null, 1,
        "agent-y", null);
    Pages pages = new Pages(context);

    String english = pages.mvc().perform(get("/dashboard/cases").param("from", "2019-07-01").param("to", "2019-07-01")
            .param("team", data.team()).param("figure", "ESCALATED").with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String danish = pages.mvc().perform(get("/dashboard/cases").param("from", "2019-07-01").param("to", "2019-07-01")
            .param("team", data.team()).param("figure", "ESCALATED").header("Accept-Language", "da").with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(english).contains("<a href=\"/cases/" + caseId + "\" title=\"Open the case\">Fixture customer</a>");
    assertThat(english).contains("Mon 1 Jul 12:00", "In progress", "1 cases opened 1 Jul 2019 to 1 Jul 2019: escalated")
        .doesNotContain("IN_PROGRESS<", "2019-07-01T10:00");
    assertThat(danish).contains("I gang", "Åbn sagen", "man. 1. jul. kl. 12.00");
  }

  @Test
  void a_long_comment_wraps_and_opens_in_full() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID response = data.responses(4, 1, "2019-08-01T10:00:00Z");
    String comment = "Waited for ages. ".repeat(20);
    jdbc.sql("update response set comment = :comment where id = :id").param("comment", comment).param("id", response).update();
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/dashboard/responses").param("from", "2019-08-01").param("to", "2019-08-01")
            .param("team", data.team()).with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("<details class=\"long-comment\"><summary>Waited for ages.").contains(comment.strip());
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
  }
}
