package io.closedloop.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/closedloop", "http://127.0.0.1:8081/in?team=cs", "HTTPS://hooks.slack.com/services/T/B/x"})
  void takes_an_absolute_http_or_https_url_with_a_host(String url) {
    assertThat(EndpointUrl.whyNot(url)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "/hooks/in", "hooks.example.com/in", "ftp://hooks.example.com/in", "mailto:ops@example.com",
      "https:///no-host", "https://exa mple.com/in", "https://example.com/\u0007"})
  void refuses_anything_else(String url) {
    assertThat(EndpointUrl.whyNot(url)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {1990, 2001})
  void holds_urls_to_two_thousand_characters(int length) {
    String url = "https://example.com/" + "a".repeat(length - "https://example.com/".length());

    assertThat(EndpointUrl.whyNot(url).isEmpty()).isEqualTo(length <= EndpointUrl.MAX_LENGTH);
  }
}
