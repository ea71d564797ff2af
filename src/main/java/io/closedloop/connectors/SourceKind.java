package io.closedloop.connectors;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which tool a source is, and so how it sends responses: signed webhooks (Formbricks and any sender
 * of the Standard Webhooks scheme, Typeform with its own signature) or export files (Qualtrics,
 * SurveyMonkey, Delighted). Each kind maps its own payload or columns, with defaults where it can.
 */
public enum SourceKind {
  FORMBRICKS("formbricks", Signature.STANDARD_WEBHOOKS),
  STANDARD_WEBHOOKS("standard-webhooks", Signature.STANDARD_WEBHOOKS),
  TYPEFORM("typeform", Signature.TYPEFORM),
  GENERIC("generic", Signature.STANDARD_WEBHOOKS),
  QUALTRICS("qualtrics", Signature.NONE),
  SURVEYMONKEY("surveymonkey", Signature.NONE),
  DELIGHTED("delighted", Signature.NONE);

  /** How a kind's webhooks prove their sender; {@code NONE} for kinds that send export files. */
  public enum Signature { STANDARD_WEBHOOKS, TYPEFORM, NONE }

  private final String code;
  private final Signature signature;

  SourceKind(String code, Signature signature) {
    this.code = code;
    this.signature = signature;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public Signature signature() {
    return signature;
  }

  public boolean takesWebhooks() {
    return signature != Signature.NONE;
  }

  public static Optional<SourceKind> of(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(SourceKind::code).toList());
  }
}
