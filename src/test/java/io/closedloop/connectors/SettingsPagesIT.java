package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The admin's settings pages of clients and sources, driven as a browser posts their forms. */
@IntegrationTest
class SettingsPagesIT {

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
  void an_admin_creates_a_client_on_the_page_sees_its_token_once_and_revokes_it() throws Exception {
    String name = "Page client " + UUID.randomUUID().toString().substring(0, 8);

    MvcResult created = pages.mvc().perform(post("/settings/clients").param("name", name).param("scope", "responses:write")
        .with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
    String withToken = render(get("/settings/clients").flashAttrs(created.getFlashMap()));
    String later = render(get("/settings/clients"));

    UUID id = jdbc.sql("select id from machine_client where name = :name").param("name", name).query(UUID.class).single();
    String token = withToken.substring(withToken.indexOf("id=\"new-token\""));
    token = token.substring(token.indexOf(">") + 1, token.indexOf("<"));
    assertThat(token).startsWith("cl_");
    assertThat(new Clients(port).postJson("/api/responses/batch", token, "[]").statusCode()).isEqualTo(200);
    assertThat(later).contains(name).doesNotContain(token);

    pages.mvc().perform(post("/settings/clients/" + id + "/revoke").with(pages.as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(new Clients(port).postJson("/api/responses/batch", token, "[]").statusCode()).isEqualTo(401);
  }

  @Test
  void an_admin_registers_a_source_on_the_page_and_sees_its_url_and_secret_once() throws Exception {
    String name = "Page source " + UUID.randomUUID().toString().substring(0, 8);

    MvcResult created = pages.mvc().perform(post("/settings/sources").param("name", name).param("kind", "typeform")
        .with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
    String location = created.getResponse().getRedirectedUrl();
    String first = render(get(location).flashAttrs(created.getFlashMap()));
    String later = render(get(location));

    String secret = jdbc.sql("select secret from response_source where name = :name").param("name", name).query(String.class).single();
    assertThat(first).contains("/api/hooks/" + location.substring(location.lastIndexOf('/') + 1)).contains(secret);
    assertThat(later).contains(name).doesNotContain(secret);
  }

  @Test
  void the_mapping_editor_previews_a_stored_delivery_and_a_dead_letter_is_replayed_from_the_page() throws Exception {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, null);
    String responseId = "page-" + UUID.randomUUID();
    String body = Fixtures.formbricks(responseId, "cust-" + responseId, 5, "Meh").replace("\"nps\": 5,", "\"q-a\": 5, \"q-b\": 1,");
    hooks.standard(source.id(), source.secret(), "m-" + responseId, Instant.now(), body);
    UUID delivery = jdbc.sql("select id from source_delivery where source_id = :id").param("id", source.id()).query(UUID.class).single();

    String page = render(get("/settings/sources/" + source.id()));
    String broken = preview(source.id(), "{}");
    String fixed = preview(source.id(), "{\"score\": \"/data/data/q-b\"}");
    String badPointer = preview(source.id(), "{\"score\": \"data\"}");

    assertThat(page).contains("id=\"delivery-" + delivery + "\"", "q-a, q-b");
    assertThat(broken).contains("<code>score</code>", "q-a, q-b");
    assertThat(fixed).contains("<code>externalId</code>", responseId).doesNotContain("alert error");
    assertThat(badPointer).contains("mapping.score");

    pages.mvc().perform(post("/settings/sources/" + source.id() + "/mapping").param("mapping", "{\"score\": \"/data/data/q-b\"}")
        .with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
    pages.mvc().perform(post("/settings/sources/" + source.id() + "/deliveries/" + delivery + "/replay")
        .with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection());

    assertThat(jdbc.sql("select score from response where external_id = :id").param("id", responseId).query(Integer.class).single())
        .isEqualTo(1);
    assertThat(render(get("/settings/sources/" + source.id()))).doesNotContain("id=\"delivery-" + delivery + "\"");
  }

  @Test
  void an_export_file_uploaded_on_the_page_is_imported() throws Exception {
    Hooks.Registered source = new Hooks(port).register("delighted", null, null);
    String run = UUID.randomUUID().toString().substring(0, 8);
    String file = Fixtures.load("delighted-export.csv", Map.of("id1", "pg1-" + run, "id2", "pg2-" + run, "customer1", "c1", "customer2", "c2"));

    String result = pages.mvc().perform(multipart("/settings/sources/" + source.id() + "/import")
            .file(new MockMultipartFile("file", "delighted.csv", "text/csv", file.getBytes()))
            .with(pages.as("admin")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(result).contains("alert");
    assertThat(jdbc.sql("select count(*) from response where external_id in (:ids)").param("ids", java.util.List.of("pg1-" + run, "pg2-" + run))
        .query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void only_admins_reach_the_pages() throws Exception {
    pages.mvc().perform(get("/settings/clients").with(pages.as("mike"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/settings/sources").with(pages.as("lea"))).andExpect(status().isForbidden());
  }

  private String preview(UUID source, String mapping) throws Exception {
    return pages.mvc().perform(post("/settings/sources/" + source + "/preview").param("mapping", mapping)
            .header("HX-Request", "true").with(pages.as("admin")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private String render(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
