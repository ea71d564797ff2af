package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.cases.OverdueCases;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.WebApplicationContext;

/** The wall screen's figures, as the page asks for them every minute: the open and overdue cases now and the latest praise. */
@IntegrationTest
class WallFiguresIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  ClosedLoopReports closedLoop;

  @Autowired
  OverdueCases overdueCases;

  @Test
  void the_figures_come_alone_with_the_open_cases_and_those_overdue_in_each_phase_now() throws Exception {
    Detractors.newCase(port, 4, "Nobody called", "Wall Customer");
    ClosedLoopReports.Backlog backlog = closedLoop.backlog(Scope.EVERYTHING);
    OverdueCases.Count overdue = overdueCases.now(null);
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/wall/figures").with(pages.as("wall")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html.strip()).startsWith("<section id=\"wall-figures\"").endsWith("</section>").doesNotContain("<html");
    assertThat(backlog.open()).isPositive();
    assertThat(html).contains("id=\"wall-open\">" + backlog.open() + "<", "id=\"wall-overdue\">" + overdue.callBack() + "<",
        "id=\"wall-resolution-overdue\">" + overdue.resolution() + "<");
  }

  @Test
  void a_promoters_comment_shows_on_the_wall_without_the_customers_name() throws Exception {
    String praise = "The staff in Aarhus were wonderful " + UUID.randomUUID();
    promoter(praise);
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/wall/figures").with(pages.as("wall")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("<blockquote>" + praise + "</blockquote>").doesNotContain("Happy Promoter");
  }

  @Test
  void the_wall_speaks_the_language_of_its_browser() throws Exception {
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/wall").header("Accept-Language", "da").with(pages.as("wall")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("<html lang=\"da\">", "åbne sager", "forfaldne", "opdateret", "Det siger vores ambassadører");
  }

  private void promoter(String comment) {
    String externalId = "wall-it-" + UUID.randomUUID();
    Map<String, Object> response = Map.of("externalId", externalId, "score", 10, "comment", comment, "touchpoint", "store",
        "customer", Map.of("externalId", "customer-" + externalId, "name", "Happy Promoter"));
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }
}
