package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Pages speak the reader's language: their own choice, else their browser's; the API stays English. */
@IntegrationTest
class LanguagesIT {

  @Autowired
  WebApplicationContext context;

  @Autowired
  PersonalPreferences preferences;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @AfterEach
  void forgetChoices() {
    preferences.save("bob", new PersonalPreferences.Preference(null, null));
  }

  @Test
  void a_danish_browser_gets_danish_pages() throws Exception {
    String page = page("bob", "da-DK,da;q=0.9,en;q=0.8");

    assertThat(page).contains("<html lang=\"da\"", "Indbakke", "Log ud").doesNotContain("Log out");
  }

  @Test
  void a_browser_without_a_language_of_ours_gets_english() throws Exception {
    assertThat(page("bob", "fr-FR,fr;q=0.9")).contains("<html lang=\"en\"", "Inbox", "Log out");
    assertThat(page("bob", null)).contains("<html lang=\"en\"", "Log out");
  }

  @Test
  void a_chosen_language_wins_over_the_browsers() throws Exception {
    pages.mvc().perform(post("/preferences").with(pages.as("bob")).with(csrf()).param("language", "en").param("zone", ""))
        .andReturn();

    assertThat(page("bob", "da")).contains("<html lang=\"en\"", "Log out");
  }

  @Test
  void choosing_a_language_and_a_zone_says_so_in_the_new_language() throws Exception {
    var saved = pages.mvc().perform(post("/preferences").with(pages.as("bob")).with(csrf())
        .param("language", "da").param("zone", "America/New_York")).andReturn();

    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/preferences?saved");
    assertThat(preferences.of("bob").zone()).contains(ZoneId.of("America/New_York"));
    assertThat(page("/preferences?saved", "bob", "en")).contains("Gemt.", "America/New_York");
  }

  @Test
  void an_unknown_zone_is_refused_and_kept_in_the_form_with_its_error() throws Exception {
    String page = pages.mvc().perform(post("/preferences").with(pages.as("bob")).with(csrf())
        .param("language", "").param("zone", "Mars/Olympus")).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Not saved", "Mars/Olympus is not a time zone this server knows");
    assertThat(preferences.of("bob").zone()).isEmpty();
  }

  @Test
  void the_api_answers_in_english_whatever_the_browser_speaks() throws Exception {
    String problem = pages.mvc().perform(get("/api/cases/not-a-uuid").with(pages.as("bob")).header("Accept-Language", "da"))
        .andReturn().getResponse().getContentAsString();

    assertThat(problem).doesNotContain("Ikke").doesNotContain("ugyldig");
  }

  private String page(String user, String acceptLanguage) throws Exception {
    return page("/inbox", user, acceptLanguage);
  }

  private String page(String path, String user, String acceptLanguage) throws Exception {
    var request = get(path).with(pages.as(user));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return pages.mvc().perform(request).andReturn().getResponse().getContentAsString();
  }
}
