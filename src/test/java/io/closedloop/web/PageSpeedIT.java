package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/** The pages people work in all day render fast on the demo data: a median well under 200 ms, measured server-side. */
@IntegrationTest
class PageSpeedIT {

  private static final Duration BUDGET = Duration.ofMillis(200);

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Test
  void the_inbox_the_case_page_the_team_board_and_the_settings_render_within_the_budget() throws Exception {
    Pages pages = new Pages(context);
    String caseId = Detractors.newCase(port, 3, "Speed check", "Speedy " + UUID.randomUUID());

    assertThat(median(pages, "/inbox", "alice")).isLessThan(BUDGET);
    assertThat(median(pages, "/cases/" + caseId, "alice")).isLessThan(BUDGET);
    assertThat(median(pages, "/team", "mike")).isLessThan(BUDGET);
    assertThat(median(pages, "/settings", "admin")).isLessThan(BUDGET);
  }

  private static Duration median(Pages pages, String path, String user) throws Exception {
    List<Duration> timings = new ArrayList<>();
    for (int run = 0; run < 13; run++) {
      long start = System.nanoTime();
      pages.mvc().perform(get(path).with(pages.as(user))).andExpect(status().isOk());
      if (run >= 3) {
        timings.add(Duration.ofNanos(System.nanoTime() - start));
      }
    }
    Collections.sort(timings);
    return timings.get(timings.size() / 2);
  }
}
