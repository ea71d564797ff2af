package io.closedloop.settings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.reference.RootCauses;
import io.closedloop.settings.AlarmWords;
import io.closedloop.settings.KpiTargets;
import io.closedloop.settings.SettingsAudit;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
  RootCauses rootCauses;

  @Autowired
  JdbcClient jdbc;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @Test
  void the_settings_open_on_their_first_page_and_every_page_lists_all_of_them() throws Exception {
    pages.mvc().perform(get("/settings").with(pages.as("admin"))).andExpect(redirectedUrl("/settings/teams"));

    String html = page("/settings/alarm-words");
    for (String section : new String[] {"teams", "calendars", "reference-data", "root-causes", "targets", "alarm-words", "logins", "audit"}) {
      assertThat(html).contains("href=\"/settings/" + section + "\"");
    }
    assertThat(html).contains("<a href=\"/settings/alarm-words\" aria-current=\"page\">Alarm words</a>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/settings/teams|customer-service|Create team|Add a member",
      "/settings/calendars|Working days|Europe/Copenhagen|Denmark (DK)",
      "/settings/reference-data|Touchpoint|English label|Danish label",
      "/settings/root-causes|service.waiting-time|Ventetid|Add root cause",
      "/settings/targets|name=\"timeToFirstContactHours\"|name=\"contactedWithinSlaPercent\"|Save targets",
      "/settings/alarm-words|opsige|name=\"words\"|Save alarm words",
      "/settings/logins|Login throttles|Failed password logins|Lift one to let logins from there through",
      "/settings/audit|Settings page|From|To"})
  void each_settings_page_shows_its_own_section(String path, String first, String second, String third) throws Exception {
    assertThat(page(path)).contains(first, second, third);
  }

  @Test
  void the_kpi_targets_stored_for_the_metrics_default_to_48_hours() {
    assertThat(jdbc.sql("select value from app_setting where key = 'kpi.time-to-first-contact-hours'").query(String.class).single())
        .as("the default stored for the metrics").isEqualTo("48");
  }

  @Test
  void renaming_a_touchpoint_in_english_and_danish_is_audited_with_who_before_and_after() throws Exception {
    String code = "settings-it-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("insert into reference_code (kind, code, label) values ('TOUCHPOINT', :code, :code)").param("code", code).update();

    FormOutcome outcome = submit(post("/settings/reference-codes").param("kind", "TOUCHPOINT").param("code", code)
        .param("label", "Web shop").param("labelDa", "Netbutik"), "/settings/reference-data?kind=TOUCHPOINT#code-TOUCHPOINT-" + code);

    assertThat(outcome.saved()).isTrue();
    assertThat(outcome.message()).isEqualTo("Labels of " + code + " saved.");
    assertThat(jdbc.sql("select label || '/' || label_da from reference_code where kind = 'TOUCHPOINT' and code = :code").param("code", code)
        .query(String.class).single()).isEqualTo("Web shop/Netbutik");
    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.actor()).isEqualTo("admin");
      assertThat(entry.section()).isEqualTo("reference-data");
      assertThat(entry.subject()).isEqualTo("touchpoint " + code + " label");
      assertThat(entry.before()).isEqualTo(code);
      assertThat(entry.after()).isEqualTo("Web shop");
    });
    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.subject()).isEqualTo("touchpoint " + code + " Danish label");
      assertThat(entry.before()).isNull();
      assertThat(entry.after()).isEqualTo("Netbutik");
    });
    assertThat(page("/settings/reference-data?kind=TOUCHPOINT&q=" + code)).contains("value=\"Netbutik\"");
  }

  @Test
  void a_blank_danish_label_is_removed_so_danish_readers_see_the_english_one() throws Exception {
    String code = "settings-da-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("insert into reference_code (kind, code, label, label_da) values ('PRODUCT', :code, 'Phone', 'Telefon')").param("code", code)
        .update();

    submit(post("/settings/reference-codes").param("kind", "PRODUCT").param("code", code).param("label", "Phone").param("labelDa", " "),
        "/settings/reference-data?kind=PRODUCT#code-PRODUCT-" + code);

    assertThat(jdbc.sql("select label_da from reference_code where kind = 'PRODUCT' and code = :code").param("code", code)
        .query(String.class).optional()).isEmpty();
  }

  @Test
  void kpi_targets_are_saved_for_the_metrics_and_an_out_of_range_value_is_kept_in_its_field_with_why() throws Exception {
    KpiTargets.Targets before = targets.current();
    try {
      FormOutcome saved = submit(post("/settings/kpi-targets").param("timeToFirstContactHours", "24").param("contactedWithinSlaPercent", "90"),
          "/settings/targets#targets");
      assertThat(saved.message()).isEqualTo("KPI targets saved.");
      assertThat(targets.current()).isEqualTo(new KpiTargets.Targets(24, 90));

      FormOutcome rejected = submit(post("/settings/kpi-targets").param("timeToFirstContactHours", "24")
          .param("contactedWithinSlaPercent", "120"), "/settings/targets");
      assertThat(rejected.saved()).isFalse();
      assertThat(rejected.field()).isEqualTo("contactedWithinSlaPercent");
      assertThat(targets.current()).isEqualTo(new KpiTargets.Targets(24, 90));

      String shown = pages.mvc().perform(get("/settings/targets").flashAttr("outcome", rejected).with(pages.as("admin")))
          .andReturn().getResponse().getContentAsString();
      String field = shown.substring(shown.indexOf("id=\"within-sla\""));
      assertThat(field).startsWith("id=\"within-sla\"").contains("value=\"120\"", "aria-invalid=\"true\"",
          "aria-describedby=\"within-sla-error\"");
      assertThat(field.substring(0, field.indexOf("</div>")))
          .contains("id=\"within-sla-error\"", "Not saved: give the share contacted within the SLA as a whole number from 0 to 100.");
    } finally {
      targets.save(before, "test");
    }
  }

  @Test
  void a_target_that_is_no_number_is_rejected_beside_its_field_not_as_a_broken_page() throws Exception {
    FormOutcome rejected = submit(post("/settings/kpi-targets").param("timeToFirstContactHours", "two days")
        .param("contactedWithinSlaPercent", "80"), "/settings/targets");

    assertThat(rejected.field()).isEqualTo("timeToFirstContactHours");
    assertThat(rejected.value("targets", "timeToFirstContactHours", 48)).isEqualTo("two days");
  }

  @Test
  void a_rejected_value_is_explained_in_the_admins_language() throws Exception {
    MvcResult result = pages.mvc().perform(post("/settings/kpi-targets").param("timeToFirstContactHours", "0")
        .param("contactedWithinSlaPercent", "80").header("Accept-Language", "da").with(pages.as("admin")).with(csrf())).andReturn();

    assertThat(((FormOutcome) result.getFlashMap().get("outcome")).message())
        .isEqualTo("Ikke gemt: angiv timer til første kontakt som et helt tal fra 1 til 720.");
  }

  @Test
  void a_saved_alarm_word_makes_the_next_case_with_it_alarming() throws Exception {
    String word = "zorblax" + UUID.randomUUID().toString().substring(0, 4);
    String previous = jdbc.sql("select value from app_setting where key = 'alarm.words'").query(String.class).optional().orElse(null);
    try {
      FormOutcome saved = submit(post("/settings/alarm-words").param("words", "cancel\nlawyer\n" + word), "/settings/alarm-words#alarm-words");
      assertThat(saved.message()).isEqualTo("Alarm words saved.");

      String caseId = Detractors.newCase(port, 6, "This is a " + word + " moment", "Alarm Word " + word);
      assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("alarming")).isEqualTo(true);
      assertThat(submit(post("/settings/alarm-words").param("words", " \n "), "/settings/alarm-words").field())
          .isEqualTo("words");
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

    FormOutcome added = submit(post("/settings/root-causes").param("parent", "service").param("code", slug).param("label", "Long queue")
        .param("labelDa", "Lang kø"), "/settings/root-causes#new-root-cause");
    assertThat(added.message()).isEqualTo("Root cause service." + slug + " added.");
    submit(post("/settings/root-causes/rename").param("code", "service." + slug).param("label", "Very long queue")
        .param("labelDa", "Meget lang kø"), "/settings/root-causes#cause-service." + slug);

    assertThat(Api.as("alice", port).getForObject("/api/root-causes", String.class)).contains("service." + slug, "Very long queue")
        .doesNotContain("Meget lang kø");
    assertThat(rootCauses.labels(Locale.forLanguageTag("da"))).containsEntry("service." + slug, "Meget lang kø");
    assertThat(audit.latest(20)).anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("root cause service." + slug + " label"));
    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.subject()).isEqualTo("root cause service." + slug + " Danish label");
      assertThat(entry.before()).isEqualTo("Lang kø");
      assertThat(entry.after()).isEqualTo("Meget lang kø");
    });
    String caseId = Detractors.newCase(port, 5, null, "Root Cause " + slug);
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    assertThat(pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("alice"))).andReturn().getResponse().getContentAsString())
        .as("the resolve form offers the taxonomy as it stands").contains("value=\"service." + slug + "\">Service: Very long queue</option>");
    FormOutcome again = submit(post("/settings/root-causes").param("parent", "service").param("code", slug).param("label", "Again"),
        "/settings/root-causes#new-root-cause");
    assertThat(again.message()).isEqualTo("Not saved: the root cause service." + slug + " exists already.");
    assertThat(again.value("new-root-cause", "label", "")).isEqualTo("Again");
  }

  @Test
  void a_team_calendar_and_a_closing_day_are_saved_and_audited_and_a_calendar_without_working_days_is_refused() throws Exception {
    FormOutcome saved = submit(post("/settings/teams/{team}/calendar", "cx-leads").param("day", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")
        .param("opensAt", "09:00").param("closesAt", "15:00").param("zone", "Europe/Oslo").param("country", "NO"),
        "/settings/calendars#calendar-cx-leads");
    assertThat(saved.message()).isEqualTo("Working time of cx-leads saved.");
    submit(post("/settings/closing-days").param("day", "2031-06-05").param("team", "cx-leads").param("reason", "Offsite"),
        "/settings/calendars#closing-days-cx-leads");
    FormOutcome noDays = submit(post("/settings/teams/{team}/calendar", "cx-leads").param("opensAt", "09:00").param("closesAt", "15:00")
        .param("zone", "Europe/Oslo").param("country", "NO"), "/settings/calendars");
    assertThat(noDays.field()).isEqualTo("workingDays");
    assertThat(noDays.message()).isEqualTo("Not saved: a team needs at least one working day.");
    FormOutcome noZone = submit(post("/settings/teams/{team}/calendar", "cx-leads").param("day", "MONDAY").param("opensAt", "09:00")
        .param("closesAt", "15:00").param("zone", "Mars/Olympus").param("country", "NO"), "/settings/calendars");
    assertThat(noZone.field()).isEqualTo("zone");
    FormOutcome noHolidays = submit(post("/settings/teams/{team}/calendar", "cx-leads").param("day", "MONDAY").param("opensAt", "09:00")
        .param("closesAt", "15:00").param("zone", "Europe/Oslo").param("country", "QQ"), "/settings/calendars");
    assertThat(noHolidays.field()).isEqualTo("country");

    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.subject()).isEqualTo("calendar of cx-leads");
      assertThat(entry.section()).isEqualTo("calendars");
      assertThat(entry.after()).isEqualTo("MON,TUE,WED,THU 09:00-15:00 Europe/Oslo NO");
    });
    assertThat(audit.latest(20)).anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("closing day 2031-06-05 of cx-leads"));
    String shown = pages.mvc().perform(get("/settings/calendars").flashAttr("outcome", noDays).with(pages.as("admin")))
        .andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("id=\"days-cx-leads-error\"").contains("<option value=\"NO\" selected=\"selected\">");
  }

  @Test
  void an_admin_creates_a_team_and_gives_it_a_manager() throws Exception {
    String team = "team-" + UUID.randomUUID().toString().substring(0, 8);

    assertThat(submit(post("/settings/teams").param("id", team).param("name", "Returns desk"), "/settings/teams#new-team").message())
        .isEqualTo("Team " + team + " created.");
    assertThat(submit(post("/settings/teams/{team}/members", team).param("user", "bob").param("manager", "true"),
        "/settings/teams#members-" + team).message()).isEqualTo("bob joined " + team + ".");
    FormOutcome notACode = submit(post("/settings/teams").param("id", "Not A Code").param("name", "x"), "/settings/teams");
    assertThat(notACode.field()).isEqualTo("id");
    assertThat(notACode.value("new-team", "id", "")).isEqualTo("Not A Code");

    assertThat(context.getBean(io.closedloop.identity.Teams.class).managersOf(team)).containsExactly("bob");
    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.subject()).isEqualTo("team " + team);
      assertThat(entry.section()).isEqualTo("teams");
    });
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
    FormOutcome gone = submit(post("/settings/login-throttles/lift").param("user", "alice").param("address", address),
        "/settings/logins#throttles");
    assertThat(gone.saved()).isFalse();
    assertThat(gone.message()).isEqualTo("Not saved: no failed logins of alice from " + address + " are remembered.");
  }

  @Test
  void a_role_group_cannot_be_created_as_a_team() throws Exception {
    FormOutcome refused = submit(post("/settings/teams").param("id", "manager").param("name", "Managers"), "/settings/teams");

    assertThat(refused.message()).contains("role");
    assertThat(context.getBean(io.closedloop.identity.Teams.class).all()).doesNotContain("manager");
  }

  @Test
  void the_audit_is_filtered_by_who_by_settings_page_and_by_days() throws Exception {
    String code = "audit-it-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("insert into reference_code (kind, code, label) values ('SEGMENT', :code, :code)").param("code", code).update();
    audit.record("reference-data", "auditor-" + code, "segment " + code + " label", code, "Big " + code);
    audit.record("teams", "auditor-" + code, "team " + code, null, "Team " + code);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();

    String byWhoAndPage = page("/settings/audit?who=auditor-" + code + "&page=reference-data");
    assertThat(byWhoAndPage).contains("Big " + code, "Changes (1)").doesNotContain("Team " + code);
    assertThat(page("/settings/audit?who=auditor-" + code)).contains("Big " + code, "Team " + code);
    assertThat(page("/settings/audit?who=auditor-" + code + "&from=2000-01-01&to=2000-12-31")).doesNotContain("Big " + code)
        .contains("No changes match the filter.");
    assertThat(page("/settings/audit?who=auditor-" + code + "&from=" + today + "&to=" + today)).contains("Big " + code);
    assertThat(audit.find(new SettingsAudit.Filter("auditor-" + code, "teams", Instant.EPOCH, null), 10))
        .singleElement().satisfies(entry -> assertThat(entry.subject()).isEqualTo("team " + code));
  }

  @Test
  void only_admins_reach_the_settings() throws Exception {
    for (String path : new String[] {"/settings", "/settings/teams", "/settings/audit"}) {
      pages.mvc().perform(get(path).with(pages.as("mike"))).andExpect(status().isForbidden());
      pages.mvc().perform(get(path).with(pages.as("alice"))).andExpect(status().isForbidden());
    }
    pages.mvc().perform(post("/settings/kpi-targets").param("timeToFirstContactHours", "1").param("contactedWithinSlaPercent", "1")
        .with(pages.as("mike")).with(csrf())).andExpect(status().isForbidden());
    assertThat(targets.current().timeToFirstContactHours()).isNotEqualTo(1);
  }

  private String page(String path) throws Exception {
    return pages.mvc().perform(get(path).with(pages.as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** Sends a settings form as the admin; answers what it came to, after checking it goes back to its page (and the form). */
  private FormOutcome submit(MockHttpServletRequestBuilder form, String back) throws Exception {
    MvcResult result = pages.mvc().perform(form.with(pages.as("admin")).with(csrf())).andExpect(redirectedUrl(back)).andReturn();
    return (FormOutcome) result.getFlashMap().get("outcome");
  }
}
