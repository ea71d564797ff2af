package io.closedloop.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class RequestLogContextTest {

  private static final String CASE_ID = "0b7e3f2a-8c1d-4e5f-9a6b-7c8d9e0f1a2b";

  @AfterEach
  void logOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void lines_written_while_serving_a_case_carry_the_user_and_the_case() throws Exception {
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated("alice", null, AuthorityUtils.createAuthorityList("ROLE_agent")));

    Map<String, String> seen = serve("/api/cases/" + CASE_ID + "/claim");

    assertThat(seen).containsEntry("userId", "alice").containsEntry("caseId", CASE_ID);
  }

  @Test
  void a_page_of_a_case_names_its_case_and_an_anonymous_request_names_no_user() throws Exception {
    Map<String, String> seen = serve("/cases/" + CASE_ID);

    assertThat(seen).containsEntry("caseId", CASE_ID).doesNotContainKey("userId");
  }

  @Test
  void nothing_is_left_behind_for_the_next_request_on_the_thread() throws Exception {
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated("bob", null, AuthorityUtils.createAuthorityList("ROLE_agent")));
    serve("/cases/" + CASE_ID);

    assertThat(MDC.get("userId")).isNull();
    assertThat(MDC.get("caseId")).isNull();
  }

  @Test
  void a_request_about_no_case_names_none() throws Exception {
    assertThat(serve("/inbox")).doesNotContainKey("caseId");
  }

  private static Map<String, String> serve(String path) throws Exception {
    Map<String, String> seen = new HashMap<>();
    new RequestLogContext().doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), (request, response) -> {
      Map<String, String> context = MDC.getCopyOfContextMap();
      if (context != null) {
        seen.putAll(context);
      }
    });
    return seen;
  }
}
