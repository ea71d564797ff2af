package io.closedloop.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.notifications.Notification;
import io.closedloop.shared.Wording;
import io.closedloop.notifications.Notifications;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class NotificationBellIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  Notifications notifications;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @Test
  void the_bell_counts_unread_notifications_lists_them_escaped_and_marks_one_or_all_read() throws Exception {
    notifications.markAllRead("dana");
    notifications.send(List.of("dana"), UUID.randomUUID(), "ASSIGNED", "<b>First</b> news");
    notifications.send(List.of("dana"), null, "INFO", "Second news");

    assertThat(fragment(get("/notifications/count"))).contains(">2</span>", "aria-label=\"2 unread\"");
    String panel = fragment(get("/notifications/panel"));
    assertThat(panel).contains("&lt;b&gt;First&lt;/b&gt; news", "Second news", "Mark all read", "hx-swap-oob=\"true\"");

    UUID first = notifications.of("dana", true, PageRequest.of(0, 10)).getContent().get(1).getId();
    assertThat(fragment(post("/notifications/{id}/read", first).with(csrf()))).contains(">1</span>");
    assertThat(fragment(post("/notifications/read-all").with(csrf()))).contains(">0</span>").doesNotContain("Mark all read");
    assertThat(notifications.unreadCount("dana")).isZero();
  }

  @Test
  void a_person_cannot_mark_someone_elses_notification_read() throws Exception {
    notifications.send(List.of("bob"), null, "INFO", "For bob only " + UUID.randomUUID());
    UUID bobs = notifications.of("bob", true, PageRequest.of(0, 1)).getContent().get(0).getId();

    pages.mvc().perform(post("/notifications/{id}/read", bobs).with(pages.as("dana")).with(csrf())).andExpect(status().isNotFound());

    assertThat(notifications.of("bob", true, PageRequest.of(0, 200)).getContent()).anySatisfy(n -> assertThat(n.getId()).isEqualTo(bobs));
  }

  @Test
  void a_notification_names_its_customer_and_case_and_repeats_of_one_kind_about_one_case_show_once_with_their_count() throws Exception {
    String customer = "Bell Kunde " + UUID.randomUUID().toString().substring(0, 8);
    UUID caseId = UUID.fromString(Detractors.newCase(port, 3, null, customer));
    notifications.markAllRead("lea");
    for (int reminder = 0; reminder < 3; reminder++) {
      remind("lea", caseId);
    }
    notifications.send(List.of("lea"), caseId, "ALARM", "Alarming detractor", Wording.of("alarm"));

    String panel = fragment("lea", get("/notifications/panel"));

    assertThat(panel.split(customer, -1)).as("the customer named once per group").hasSize(3);
    assertThat(panel).contains("case of ", " · score 3", "Call back the customer by ", "· 3 times",
        "Alarming detractor: act before the customer is lost");
    assertThat(fragment("lea", get("/notifications/count"))).contains(">2</span>");
  }

  @Test
  void opening_a_notification_marks_its_group_read_and_goes_to_its_case() throws Exception {
    UUID caseId = UUID.fromString(Detractors.newCase(port, 2, null, "Opened Kunde " + UUID.randomUUID()));
    notifications.markAllRead("lea");
    remind("lea", caseId);
    remind("lea", caseId);
    notifications.send(List.of("lea"), caseId, "ALARM", "Alarming detractor", Wording.of("alarm"));
    Notification reminder = notifications.of("lea", true, PageRequest.of(0, 10)).getContent().stream()
        .filter(n -> n.getType().equals("REMINDER")).findFirst().orElseThrow();

    pages.mvc().perform(get("/notifications/{id}/open", reminder.getId()).with(pages.as("lea")))
        .andExpect(redirectedUrl("/cases/" + caseId));

    assertThat(notifications.of("lea", true, PageRequest.of(0, 10)).getContent()).singleElement()
        .satisfies(unread -> assertThat(unread.getType()).as("the alarm is another group").isEqualTo("ALARM"));
    assertThat(fragment("lea", get("/notifications/count"))).contains(">1</span>");
  }

  @Test
  void no_one_opens_someone_elses_notification() throws Exception {
    UUID caseId = UUID.fromString(Detractors.newCase(port, 2, null, "Not Yours " + UUID.randomUUID()));
    remind("bob", caseId);
    UUID bobs = notifications.of("bob", true, PageRequest.of(0, 1)).getContent().get(0).getId();

    pages.mvc().perform(get("/notifications/{id}/open", bobs).with(pages.as("lea"))).andExpect(status().isNotFound());

    assertThat(notifications.of("bob", true, PageRequest.of(0, 200)).getContent()).anySatisfy(n -> assertThat(n.getId()).isEqualTo(bobs));
  }

  @Test
  void a_notification_reads_in_its_readers_language_while_the_api_keeps_english() throws Exception {
    UUID caseId = UUID.fromString(Detractors.newCase(port, 1, null, "Dansk Kunde " + UUID.randomUUID()));
    notifications.markAllRead("lea");
    notifications.send(List.of("lea"), caseId, "ESCALATION", "Escalated (level 1)",
        Wording.of("escalated").number(1).time(Instant.parse("2031-03-04T09:30:00Z")));

    String panel = pages.mvc().perform(get("/notifications/panel").with(pages.as("lea")).header("Accept-Language", "da"))
        .andReturn().getResponse().getContentAsString();

    assertThat(panel).contains("Eskaleret (niveau 1): kunden blev ikke ringet op senest", "10.30", "sag fra ", "Markér alle som læst");
    assertThat(notifications.of("lea", true, PageRequest.of(0, 1)).getContent().get(0).getMessage()).isEqualTo("Escalated (level 1)");
  }

  private void remind(String recipient, UUID caseId) {
    notifications.send(List.of(recipient), caseId, "REMINDER", "Call back", Wording.of("reminder").time(Instant.now()));
  }

  private String fragment(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private String fragment(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as("dana"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
