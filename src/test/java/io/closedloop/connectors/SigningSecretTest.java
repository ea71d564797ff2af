package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.shared.InvalidInputException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningSecretTest {

  @Test
  void a_generated_standard_webhooks_secret_is_whsec_and_the_base64_of_32_random_bytes() {
    String secret = SigningSecret.forKind(SourceKind.FORMBRICKS, null);

    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    assertThat(SigningSecret.forKind(SourceKind.FORMBRICKS, "")).isNotEqualTo(secret);
  }

  @Test
  void a_secret_pasted_from_formbricks_is_kept() {
    assertThat(SigningSecret.forKind(SourceKind.FORMBRICKS, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  }

  @Test
  void a_pasted_secret_that_is_not_whsec_base64_of_16_bytes_is_refused_naming_secret() {
    for (String bad : new String[] {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not base64!", "whsec_c2hvcnQ="}) {
      assertThatThrownBy(() -> SigningSecret.forKind(SourceKind.GENERIC, bad)).as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("secret");
    }
  }

  @Test
  void a_typeform_secret_is_text_of_16_characters_or_more() {
    assertThat(SigningSecret.forKind(SourceKind.TYPEFORM, null)).hasSizeGreaterThanOrEqualTo(16);
    assertThat(SigningSecret.forKind(SourceKind.TYPEFORM, "my own secret for typeform")).isEqualTo("my own secret for typeform");
    assertThatThrownBy(() -> SigningSecret.forKind(SourceKind.TYPEFORM, "short")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void an_export_source_has_no_secret_and_refuses_one() {
    assertThat(SigningSecret.forKind(SourceKind.QUALTRICS, null)).isNull();
    assertThatThrownBy(() -> SigningSecret.forKind(SourceKind.DELIGHTED, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isInstanceOf(InvalidInputException.class);
  }
}
