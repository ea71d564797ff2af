package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** The dashboard, its drill-down lists and the wall screen, as leadership, a manager and the wall's kiosk see them. */
@IntegrationTest
class DashboardPagesIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  JdbcClient jdbc;

  @Test
  void the_dashboard_shows_the_figures_with_links_to_the_lists_behind_them() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    data.responses(10, 3, "2019-02-01T10:00:00Z");
    data.responses(2, 1, "2019-02-02T10:00:00Z");
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/dashboard").param("from", "2019-02-01").param("to", "2019-02-28")
            .param("team", data.team()).with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("id=\"kpi-nps\">50<");
    assertThat(html).contains("/dashboard/responses?from=2019-02-01&amp;to=2019-02-28&amp;team=" + data.team() + "&amp;category=DETRACTOR");
    assertThat(html).contains("data-chart=").contains("Week 5, 2019");
    assertThat(html).contains("target 48 h").contains("target 80%");
    assertThat(html).doesNotContain("<script>");
  }

  @Test
  void the_dashboard_tells_cases_overdue_for_their_call_back_from_those_overdue_for_their_resolution() throws Exception {
    String team = "overdue-" + UUID.randomUUID().toString().substring(0, 8);
    UUID notCalled = UUID.fromString(Detractors.newCase(port, 4, null, "Late Call"));
    UUID notResolved = UUID.fromString(Detractors.newCase(port, 4, null, "Late Fix"));
    jdbc.sql("update detractor_case set team = :team, callback_due = now() - interval '1 hour' where id in (:ids)")
        .param("team", team).param("ids", List.of(notCalled, notResolved)).update();
    jdbc.sql("update detractor_case set first_reached_at = now() - interval '6 days', resolution_due = now() - interval '1 hour' where id = :id")
        .param("id", notResolved).update();
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/dashboard").param("team", team).with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("id=\"kpi-callback-overdue\">1<", "id=\"kpi-resolution-overdue\">1<");
  }

  @Test
  void the_lists_behind_a_figure_escape_what_customers_wrote() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    UUID response = data.responses(1, 1, "2019-02-01T10:00:00Z");
    jdbc.sql("update response set comment = '<script>alert(1)</script> too slow' where id = :id").param("id", response).update();
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/dashboard/responses").param("from", "2019-02-01").param("to", "2019-02-01")
            .param("team", data.team()).param("category", "DETRACTOR").with(pages.as("lea")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; too slow").doesNotContain("<script>alert(1)");
    assertThat(html).contains("1 responses answered 1 Feb 2019 to 1 Feb 2019");
  }

  @Test
  void a_manager_gets_only_their_own_teams_to_choose_from() throws Exception {
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/dashboard").with(pages.as("mike")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("<option value=\"customer-service\"").doesNotContain("value=\"cx-leads\"");
  }

  @Test
  void the_wall_screen_asks_for_its_figures_every_minute_instead_of_reloading_and_has_no_navigation() throws Exception {
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/wall").with(pages.as("wall")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("hx-get=\"/wall/figures\" hx-trigger=\"every 60s\" hx-swap=\"outerHTML\"").contains("id=\"wall-nps\"");
    assertThat(html).doesNotContain("http-equiv=\"refresh\"").doesNotContain("mainnav").doesNotContain("Log out");
  }

  @Test
  void leadership_opens_the_dashboard_and_the_wall_in_a_browser_and_the_charts_draw() {
    try (Browser browser = Browser.open(port)) {
      browser.logIn("lea");
      browser.go("/dashboard");
      browser.waitUntil(d -> d.findElement(By.id("nps-trend-chart")).getSize().getHeight() > 50);
      assertThat(browser.driver().findElement(By.id("kpi-cases")).getText()).matches("\\d+");
      browser.screenshot("dashboard");
      browser.driver().findElement(By.id("kpi-cases")).click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("/dashboard/cases"));
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Cases");
      browser.go("/wall");
      browser.waitUntil(d -> d.findElement(By.id("wall-trend-chart")).getSize().getHeight() > 50);
      browser.screenshot("wall");
    }
  }
}
