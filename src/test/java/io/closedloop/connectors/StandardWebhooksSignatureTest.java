package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhooksSignatureTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String BODY = "{\"event\":\"responseFinished\",\"data\":{\"id\":\"r1\"}}";

  private final StandardWebhooksSignature check = new StandardWebhooksSignature(SECRET);

  @Test
  void the_test_signer_signs_the_specifications_example_as_the_specification_does() {
    assertThat(WebhookSigner.standardSignature(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void a_body_signed_with_the_secret_just_now_is_accepted_and_its_webhook_id_answered() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_1", now(), BODY);

    assertThat(check.verify(bytes(BODY), headers)).contains("msg_1");
  }

  @Test
  void header_names_are_read_in_any_case() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    WebhookSigner.standardHeaders(SECRET, "msg_2", now(), BODY).forEach((name, values) -> headers.put(name.toUpperCase(), values));

    assertThat(check.verify(bytes(BODY), headers)).contains("msg_2");
  }

  @Test
  void one_matching_signature_among_several_is_enough_as_when_a_secret_is_rotated() {
    long timestamp = now();
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_3", timestamp, BODY);
    String other = WebhookSigner.standardSignature("whsec_" + "b3RoZXItc2VjcmV0LW9mLXNpeHRlZW4=", "msg_3", timestamp, BODY);
    headers.put("webhook-signature", List.of(other + " " + headers.get("webhook-signature").get(0)));

    assertThat(check.verify(bytes(BODY), headers)).contains("msg_3");
  }

  @Test
  void a_body_signed_with_another_secret_is_refused() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders("whsec_b3RoZXItc2VjcmV0LW9mLXNpeHRlZW4=", "msg_4", now(), BODY);

    assertThatThrownBy(() -> check.verify(bytes(BODY), headers)).isInstanceOf(SignatureRefused.class)
        .hasMessage("does not match the body and the secret").extracting("header").isEqualTo("webhook-signature");
  }

  @Test
  void a_body_changed_after_signing_is_refused() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_5", now(), BODY);

    assertThatThrownBy(() -> check.verify(bytes(BODY.replace("r1", "r2")), headers)).isInstanceOf(SignatureRefused.class);
  }

  @Test
  void a_signature_moved_to_another_webhook_id_is_refused() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_6", now(), BODY);
    headers.put("webhook-id", List.of("msg_7"));

    assertThatThrownBy(() -> check.verify(bytes(BODY), headers)).isInstanceOf(SignatureRefused.class);
  }

  @Test
  void a_timestamp_older_than_five_minutes_is_refused_though_correctly_signed() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_8", now() - 301, BODY);

    assertThatThrownBy(() -> check.verify(bytes(BODY), headers)).isInstanceOf(SignatureRefused.class)
        .hasMessage("is more than 5 minutes from now").extracting("header").isEqualTo("webhook-timestamp");
  }

  @Test
  void a_timestamp_more_than_five_minutes_ahead_is_refused() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_9", now() + 301, BODY);

    assertThatThrownBy(() -> check.verify(bytes(BODY), headers)).isInstanceOf(SignatureRefused.class);
  }

  @Test
  void a_timestamp_four_minutes_old_is_still_accepted() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_10", now() - 240, BODY);

    assertThat(check.verify(bytes(BODY), headers)).contains("msg_10");
  }

  @Test
  void each_missing_header_is_refused_by_its_name() {
    for (String missing : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
      Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_11", now(), BODY);
      headers.remove(missing);

      assertThatThrownBy(() -> check.verify(bytes(BODY), headers)).as(missing).isInstanceOf(SignatureRefused.class)
          .hasMessage("is missing").extracting("header").isEqualTo(missing);
    }
  }

  @Test
  void a_signature_of_an_unknown_version_is_refused() {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(SECRET, "msg_12", now(), BODY);
    headers.put("webhook-signature", List.of(headers.get("webhook-signature").get(0).replace("v1,", "v2,")));

    assertThatThrownBy(() -> check.verify(bytes(BODY), headers)).isInstanceOf(SignatureRefused.class);
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
