package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * No page offers a link its reader cannot open: starting from the start page, every link and
 * htmx fetch our pages show each role is followed, and none answers 401 or 403 (or, for our own
 * pages, anything but a page); none leads into the API, whose login is not the page's.
 */
@IntegrationTest
class NoDeadLinksIT {

  private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"(/[^\"#]*)\"");
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final List<String> NOT_PAGES = List.of("/css/", "/js/", "/webjars/", "/favicon", "/logout", "/swagger-ui",
      "/v3/api-docs");
  private static final int MOST_PAGES = 150;
  private static final int SAME_SHAPE = 2;

  @Autowired
  WebApplicationContext context;

  @LocalServerPort
  int port;

  Pages pages;

  @BeforeEach
  void aCaseToLinkTo() {
    pages = new Pages(context);
    Detractors.newCase(port, 2, "Nobody called me back", "Dead Links Customer");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"alice", "mike", "dana", "lea", "admin", "wall"})
  void every_link_a_role_is_shown_opens_for_it(String user) throws Exception {
    List<String> refused = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> shapes = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    int visited = 0;
    while (!queue.isEmpty() && visited < MOST_PAGES) {
      String path = queue.poll();
      if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
        refused.add(path + " -> the API, which asks a logged-in reader for a password again");
        continue;
      }
      MockHttpServletResponse response = open(user, path);
      visited++;
      int status = response.getStatus();
      if (status == 401 || status == 403 || (!path.startsWith("/camunda") && status >= 400)) {
        refused.add(path + " -> " + status);
        continue;
      }
      String next = response.getRedirectedUrl();
      List<String> links = next != null ? List.of(next) : links(response);
      for (String link : links) {
        String shape = ID.matcher(link.replaceAll("\\?.*", "")).replaceAll("{id}");
        if (link.startsWith("/") && NOT_PAGES.stream().noneMatch(link::startsWith) && seen.add(link)
            && shapes.merge(shape, 1, Integer::sum) <= SAME_SHAPE) {
          queue.add(link);
        }
      }
    }

    assertThat(visited).as("pages visited").isGreaterThan(1);
    assertThat(refused).as("links " + user + " is shown but may not open").isEmpty();
  }

  private MockHttpServletResponse open(String user, String path) throws Exception {
    return pages.mvc().perform(get(path).with(pages.as(user)).header("Accept", "text/html")).andReturn().getResponse();
  }

  private static List<String> links(MockHttpServletResponse response) throws Exception {
    String contentType = response.getContentType();
    if (contentType == null || !contentType.startsWith("text/html")) {
      return List.of();
    }
    List<String> links = new ArrayList<>();
    Matcher link = LINK.matcher(response.getContentAsString());
    while (link.find()) {
      links.add(HtmlUtils.htmlUnescape(link.group(1)));
    }
    return links;
  }
}
