package io.closedloop.settings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.settings.AlarmWords;
import io.closedloop.settings.KpiTargets;
import io.closedloop.settings.SettingsAudit;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SettingsPageIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  SettingsAudit audit;

  @Autowired
  KpiTargets targets;

  @Autowired
  JdbcClient jdbc;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @Test
  void the_settings_page_shows_teams_reference_data_root_causes_alarm_words_and_the_default_kpi_targets() throws Exception {
    String html = pages.mvc().perform(get("/settings").with(pages.as("admin"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(html).contains("customer-service", "Create team", "Add member", "Working days", "Reference data", "Root-cause taxonomy",
        "Alarm words", "opsige", "name=\"timeToFirstContactHours\"", "Login throttles", "Audit of settings changes");
    assertThat(jdbc.sql("select value from app_setting where key = 'kpi.time-to-first-contact-hours'").query(String.class).single())
        .as("the default stored for the metrics").isEqualTo("48");
  }

  @Test
  void renaming_a_touchpoint_is_audited_with_who_before_and_after() throws Exception {
    String code = "settings-it-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("insert into reference_code (kind, code, label) values ('TOUCHPOINT', :code, :code)").param("code", code).update();

    pages.mvc().perform(post("/settings/reference-codes").param("kind", "TOUCHPOINT").param("code", code).param("label", "Web shop")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attributeExists("notice"));

    assertThat(jdbc.sql("select label from reference_code where kind = 'TOUCHPOINT' and code = :code").param("code", code)
        .query(String.class).single()).isEqualTo("Web shop");
    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.actor()).isEqualTo("admin");
      assertThat(entry.subject()).isEqualTo("touchpoint " + code + " label");
      assertThat(entry.before()).isEqualTo(code);
      assertThat(entry.after()).isEqualTo("Web shop");
    });
  }

  @Test
  void kpi_targets_are_saved_for_the_metrics_and_out_of_range_values_are_refused() throws Exception {
    KpiTargets.Targets before = targets.current();
    try {
      pages.mvc().perform(post("/settings/kpi-targets").param("timeToFirstContactHours", "24").param("contactedWithinSlaPercent", "90")
          .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("notice", "KPI targets saved."));
      assertThat(targets.current()).isEqualTo(new KpiTargets.Targets(24, 90));

      pages.mvc().perform(post("/settings/kpi-targets").param("timeToFirstContactHours", "24").param("contactedWithinSlaPercent", "120")
          .with(pages.as("admin")).with(csrf())).andExpect(flash().attributeExists("error"));
      assertThat(targets.current()).isEqualTo(new KpiTargets.Targets(24, 90));
    } finally {
      targets.save(before, "test");
    }
  }

  @Test
  void a_saved_alarm_word_makes_the_next_case_with_it_alarming() throws Exception {
    String word = "zorblax" + UUID.randomUUID().toString().substring(0, 4);
    String previous = jdbc.sql("select value from app_setting where key = 'alarm.words'").query(String.class).optional().orElse(null);
    try {
      pages.mvc().perform(post("/settings/alarm-words").param("words", "cancel\nlawyer\n" + word)
          .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("notice", "Alarm words saved."));

      String caseId = Detractors.newCase(port, 6, "This is a " + word + " moment", "Alarm Word " + word);
      assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("alarming")).isEqualTo(true);
    } finally {
      if (previous == null) {
        jdbc.sql("delete from app_setting where key = 'alarm.words'").update();
      } else {
        jdbc.sql("update app_setting set value = :value where key = 'alarm.words'").param("value", previous).update();
      }
      context.getBean(AlarmWords.class).forget();
    }
  }

  @Test
  void a_new_root_cause_can_be_chosen_when_resolving_and_renaming_it_is_audited() throws Exception {
    String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);

    pages.mvc().perform(post("/settings/root-causes").param("parent", "service").param("code", slug).param("label", "Long queue")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("notice", "Root cause added."));
    pages.mvc().perform(post("/settings/root-causes/rename").param("code", "service." + slug).param("label", "Very long queue")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attributeExists("notice"));

    assertThat(Api.as("alice", port).getForObject("/api/root-causes", String.class)).contains("service." + slug, "Very long queue");
    assertThat(audit.latest(20)).anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("root cause service." + slug + " label"));
    String caseId = Detractors.newCase(port, 5, null, "Root Cause " + slug);
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    assertThat(pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("alice"))).andReturn().getResponse().getContentAsString())
        .as("the resolve form offers the taxonomy as it stands").contains("value=\"service." + slug + "\">Service: Very long queue</option>");
    pages.mvc().perform(post("/settings/root-causes").param("parent", "service").param("code", slug).param("label", "Again")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("exists already")));
  }

  @Test
  void a_team_calendar_and_a_closing_day_are_saved_and_audited() throws Exception {
    pages.mvc().perform(post("/settings/teams/{team}/calendar", "cx-leads").param("day", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")
        .param("opensAt", "09:00").param("closesAt", "15:00").param("zone", "Europe/Oslo").param("country", "NO")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("notice", "Calendar of cx-leads saved."));
    pages.mvc().perform(post("/settings/closing-days").param("day", "2031-06-05").param("team", "cx-leads").param("reason", "Offsite")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attributeExists("notice"));
    pages.mvc().perform(post("/settings/teams/{team}/calendar", "cx-leads").param("opensAt", "09:00").param("closesAt", "15:00")
        .param("zone", "Europe/Oslo").param("country", "NO").with(pages.as("admin")).with(csrf()))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("at least one working day")));

    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.subject()).isEqualTo("calendar of cx-leads");
      assertThat(entry.after()).isEqualTo("MON,TUE,WED,THU 09:00-15:00 Europe/Oslo NO");
    });
    assertThat(audit.latest(20)).anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("closing day 2031-06-05 of cx-leads"));
  }

  @Test
  void an_admin_creates_a_team_and_gives_it_a_manager() throws Exception {
    String team = "team-" + UUID.randomUUID().toString().substring(0, 8);

    pages.mvc().perform(post("/settings/teams").param("id", team).param("name", "Returns desk")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("notice", "Team " + team + " created."));
    pages.mvc().perform(post("/settings/teams/{team}/members", team).param("user", "bob").param("manager", "true")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attributeExists("notice"));
    pages.mvc().perform(post("/settings/teams").param("id", "Not A Code").param("name", "x")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attributeExists("error"));

    assertThat(context.getBean(io.closedloop.identity.Teams.class).managersOf(team)).containsExactly("bob");
    assertThat(audit.latest(20)).anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("team " + team));
    context.getBean(io.closedloop.identity.Directory.class).removeMember("bob", "manager");
  }

  @Test
  void only_an_admin_lifts_a_login_throttle_and_one_that_is_not_there_is_reported() throws Exception {
    String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));

    pages.mvc().perform(post("/settings/login-throttles/lift").param("user", "alice").param("address", address)
        .with(pages.as("mike")).with(csrf())).andExpect(status().isForbidden());
    pages.mvc().perform(post("/settings/login-throttles/lift").param("user", "alice").param("address", address)
        .with(pages.as("alice")).with(csrf())).andExpect(status().isForbidden());
    pages.mvc().perform(post("/settings/login-throttles/lift").param("user", "alice").param("address", address)
        .with(pages.as("admin"))).andExpect(status().isForbidden());
    pages.mvc().perform(post("/settings/login-throttles/lift").param("user", "alice").param("address", address)
        .with(pages.as("admin")).with(csrf()))
        .andExpect(flash().attribute("error", "Not saved: No failed logins remembered of alice from " + address));
  }

  @Test
  void a_role_group_cannot_be_created_as_a_team() throws Exception {
    pages.mvc().perform(post("/settings/teams").param("id", "manager").param("name", "Managers")
        .with(pages.as("admin")).with(csrf())).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("role")));

    assertThat(context.getBean(io.closedloop.identity.Teams.class).all()).doesNotContain("manager");
  }

  @Test
  void only_admins_reach_the_settings() throws Exception {
    pages.mvc().perform(get("/settings").with(pages.as("mike"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/settings").with(pages.as("alice"))).andExpect(status().isForbidden());
    pages.mvc().perform(post("/settings/kpi-targets").param("timeToFirstContactHours", "1").param("contactedWithinSlaPercent", "1")
        .with(pages.as("mike")).with(csrf())).andExpect(status().isForbidden());
    assertThat(targets.current().timeToFirstContactHours()).isNotEqualTo(1);
  }
}
