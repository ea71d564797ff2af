package io.closedloop.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.IntegrationTest;
import io.closedloop.support.WebhookReceiver;
import io.closedloop.support.Pages;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The admin's webhook pages, driven as a browser without JavaScript posts their forms. */
@IntegrationTest
class WebhookSettingsPageIT {

  @Autowired
  WebApplicationContext context;

  @Autowired
  JdbcClient jdbc;

  Pages pages;
  WebhookReceiver receiver;

  @BeforeEach
  void pagesAndReceiver() {
    pages = new Pages(context);
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void an_admin_registers_an_endpoint_sees_its_secret_once_sends_a_test_and_reads_it_in_the_log_then_replays_and_removes_it()
      throws Exception {
    String path = "/page-" + UUID.randomUUID();
    receiver.answer(path, 503);

    MvcResult created = pages.mvc().perform(post("/settings/webhooks").param("url", receiver.url(path)).param("event", "case.resolved")
        .param("event", "idea.done").param("format", "SLACK").with(pages.as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = created.getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    String secret = jdbc.sql("select secret from webhook_endpoint where id = :id").param("id", id).query(String.class).single();
    String first = render(get(location).flashAttrs(created.getFlashMap()));
    String later = render(get(location));

    assertThat(first).contains("id=\"new-secret\"", secret);
    assertThat(later).contains(receiver.url(path), "case.resolved", "idea.done").doesNotContain(secret);

    pages.mvc().perform(post(location + "/test").with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
    await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo(path).size() >= 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> render(get(location)).contains("HTTP 200"));
    String log = render(get(location + "?status=SENT"));
    UUID delivery = UUID.fromString(receiver.callsTo(path).get(0).webhookId().substring("msg_".length()));

    assertThat(receiver.callsTo(path).get(1).signedWith(secret)).isTrue();
    assertThat(log).contains("id=\"delivery-" + delivery + "\"", "ping", "HTTP 503", "HTTP 200", receiver.callsTo(path).get(0).webhookId());
    assertThat(render(get(location + "?status=FAILED"))).doesNotContain("id=\"delivery-" + delivery + "\"");

    pages.mvc().perform(post(location + "/deliveries/" + delivery + "/replay").with(pages.as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo(path).size() >= 3);
    assertThat(receiver.callsTo(path).get(2).webhookId()).isEqualTo("msg_" + delivery);

    pages.mvc().perform(post(location + "/remove").with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(render(get("/settings/webhooks"))).contains("id=\"webhook-" + id + "\"", "removed by admin");
    assertThat(jdbc.sql("select count(*) from settings_audit where section = 'webhooks' and subject = :subject and actor = 'admin'")
        .param("subject", "Webhook " + id).query(Long.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("select count(*) from settings_audit where coalesce(after, before) like :secret")
        .param("secret", "%" + secret.substring(6, 20) + "%").query(Long.class).single()).isZero();
  }

  @Test
  void a_refused_registration_names_what_is_wrong_and_keeps_what_was_entered() throws Exception {
    MvcResult refused = pages.mvc().perform(post("/settings/webhooks").param("url", "hooks.example.com/no-scheme")
        .param("event", "case.opened").with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();

    assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/settings/webhooks");
    String page = render(get("/settings/webhooks").flashAttrs(refused.getFlashMap()));
    assertThat(page).contains("alert error", "<code>url</code>", "value=\"hooks.example.com/no-scheme\"");
    assertThat(page).containsPattern("value=\"case.opened\" id=\"event-CASE_OPENED\" checked");
  }

  private String render(MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
