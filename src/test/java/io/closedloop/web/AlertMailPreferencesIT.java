package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.closedloop.notifications.mail.AlertMailMode;
import io.closedloop.notifications.mail.AlertMailSetting;
import io.closedloop.notifications.mail.AlertMailSettings;
import io.closedloop.notifications.mail.PersonalWorkingTime;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Each person chooses on their preferences page how alerts reach them by mail, with a plain form. */
@IntegrationTest
class AlertMailPreferencesIT {

  @Autowired
  WebApplicationContext context;

  @Autowired
  AlertMailSettings settings;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @AfterEach
  void forgetChoices() {
    settings.save("bob", AlertMailSetting.DEFAULT);
  }

  @Test
  void the_preferences_page_shows_where_alerts_go_and_that_they_come_at_once_by_default() throws Exception {
    String page = page();

    assertThat(page).contains("Alerts by email", "bob@demo.closedloop.io", "action=\"/preferences/alert-mail\"");
    assertThat(page).containsPattern("value=\"IMMEDIATE\"[^>]*checked");
  }

  @Test
  void a_digest_with_alarms_at_any_hour_and_own_working_hours_is_saved_and_shown_again() throws Exception {
    var saved = pages.mvc().perform(post("/preferences/alert-mail").with(pages.as("bob")).with(csrf())
        .param("mode", "DIGEST").param("anyHour", "true").param("ownHours", "true").param("day", "TUESDAY", "SATURDAY")
        .param("opensAt", "10:00").param("closesAt", "18:30").param("workZone", "Europe/London")).andReturn();

    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/preferences?alertsSaved");
    assertThat(settings.of("bob")).isEqualTo(new AlertMailSetting(AlertMailMode.DIGEST, true, new PersonalWorkingTime(
        Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(18, 30), ZoneId.of("Europe/London"))));
    assertThat(page()).containsPattern("value=\"DIGEST\"[^>]*checked").containsPattern("id=\"alert-day-SATURDAY\"[^>]*checked")
        .contains("value=\"18:30\"");
  }

  @Test
  void working_hours_that_end_before_they_begin_are_refused_and_kept_in_the_form() throws Exception {
    String page = pages.mvc().perform(post("/preferences/alert-mail").with(pages.as("bob")).with(csrf())
        .param("mode", "OFF").param("ownHours", "true").param("day", "MONDAY")
        .param("opensAt", "17:00").param("closesAt", "09:00").param("workZone", "Europe/Copenhagen"))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Give a start of the working day before its end.", "value=\"17:00\"");
    assertThat(settings.of("bob")).isEqualTo(AlertMailSetting.DEFAULT);
  }

  private String page() throws Exception {
    return pages.mvc().perform(get("/preferences").with(pages.as("bob"))).andReturn().getResponse().getContentAsString();
  }
}
