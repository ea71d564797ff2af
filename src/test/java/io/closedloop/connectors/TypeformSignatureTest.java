package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeformSignatureTest {

  private static final String SECRET = "typeform-shared-secret-1234";
  private static final String BODY = "{\"event_id\":\"01H\",\"event_type\":\"form_response\"}";

  private final TypeformSignature check = new TypeformSignature(SECRET);

  @Test
  void signs_as_openssl_does_the_base64_hmac_sha256_of_the_raw_body() {
    // printf '<body>' | openssl dgst -sha256 -hmac 'typeform-shared-secret-1234' -binary | base64
    assertThat(check.sign(BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo("UvEvRitJrXIgQmG/F4uSGfSDvrHyp/2RRPX/DbQJXaA=");
    assertThat(WebhookSigner.typeformSignature(SECRET, BODY)).isEqualTo("sha256=UvEvRitJrXIgQmG/F4uSGfSDvrHyp/2RRPX/DbQJXaA=");
  }

  @Test
  void a_body_signed_with_the_secret_is_accepted() {
    assertThat(check.verify(bytes(BODY), WebhookSigner.typeformHeaders(SECRET, BODY))).isEmpty();
  }

  @Test
  void the_header_name_is_read_in_any_case() {
    assertThat(check.verify(bytes(BODY), Map.of("typeform-signature", List.of(WebhookSigner.typeformSignature(SECRET, BODY))))).isEmpty();
  }

  @Test
  void a_body_signed_with_another_secret_is_refused() {
    assertThatThrownBy(() -> check.verify(bytes(BODY), WebhookSigner.typeformHeaders("another-secret-of-some-length", BODY)))
        .isInstanceOf(SignatureRefused.class).hasMessage("does not match the body and the secret");
  }

  @Test
  void a_body_changed_after_signing_is_refused() {
    assertThatThrownBy(() -> check.verify(bytes(BODY + " "), WebhookSigner.typeformHeaders(SECRET, BODY)))
        .isInstanceOf(SignatureRefused.class);
  }

  @Test
  void a_signature_without_its_sha256_prefix_is_refused() {
    String bare = WebhookSigner.typeformSignature(SECRET, BODY).substring("sha256=".length());

    assertThatThrownBy(() -> check.verify(bytes(BODY), Map.of("Typeform-Signature", List.of(bare)))).isInstanceOf(SignatureRefused.class);
  }

  @Test
  void a_missing_header_is_refused_by_its_name() {
    assertThatThrownBy(() -> check.verify(bytes(BODY), Map.of())).isInstanceOf(SignatureRefused.class)
        .hasMessage("is missing").extracting("header").isEqualTo("Typeform-Signature");
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
