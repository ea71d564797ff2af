package io.closedloop.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.notifications.Notifications;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class NotificationBellIT {

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

  private String fragment(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as("dana"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
