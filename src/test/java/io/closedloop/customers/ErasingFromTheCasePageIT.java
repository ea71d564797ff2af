package io.closedloop.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.closedloop.support.Api;
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

/** The erase button on the customer card of the case page: admins only, with a reason, posted with the CSRF token. */
@IntegrationTest
class ErasingFromTheCasePageIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  JdbcClient jdbc;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @Test
  void an_admin_sees_the_button_and_erases_the_customer_with_a_reason_and_an_agent_sees_no_button() throws Exception {
    String externalId = "gdpr-page-" + UUID.randomUUID();
    String name = "Page Customer " + UUID.randomUUID();
    Map<?, ?> created = Api.as("admin", port).postForObject("/api/responses", Map.of("externalId", externalId, "score", 5,
        "touchpoint", "website", "customer", Map.of("externalId", externalId, "name", name, "accountOwner", "alice")), Map.class);
    String caseId = (String) created.get("caseId");

    String adminPage = pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("admin"))).andReturn().getResponse().getContentAsString();
    String agentPage = pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("alice"))).andReturn().getResponse().getContentAsString();
    assertThat(adminPage).contains("erase-customer-form", "/customers/" + externalId + "/erasure", "name=\"reason\"");
    assertThat(agentPage).contains(name).doesNotContain("erase-customer-form");

    var withoutReason = pages.mvc().perform(post("/customers/{id}/erasure", externalId).param("caseId", caseId)
        .with(pages.as("admin")).with(csrf())).andReturn();
    assertThat(withoutReason.getFlashMap().get("error")).asString().contains("reason");
    var agent = pages.mvc().perform(post("/customers/{id}/erasure", externalId).param("caseId", caseId).param("reason", "Asked")
        .with(pages.as("alice")).with(csrf())).andReturn();
    assertThat(agent.getResponse().getStatus()).isEqualTo(403);
    assertThat(nameOf(externalId)).isEqualTo(name);

    var erased = pages.mvc().perform(post("/customers/{id}/erasure", externalId).param("caseId", caseId).param("reason", "Asked by mail")
        .with(pages.as("admin")).with(csrf())).andReturn();

    assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseId);
    assertThat(jdbc.sql("select count(*) from customer where name = :name").param("name", name).query(Long.class).single()).isZero();
    String after = pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("admin"))).andReturn().getResponse().getContentAsString();
    assertThat(after).doesNotContain(name).contains("erased-");
  }

  private String nameOf(String externalId) {
    return jdbc.sql("select name from customer where external_id = :id").param("id", externalId).query(String.class).single();
  }
}
