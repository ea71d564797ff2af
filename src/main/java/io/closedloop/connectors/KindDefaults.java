package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.closedloop.intake.ImportingResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each kind of source maps without being told, and which of its events are responses. The
 * survey's hidden fields (Formbricks, Typeform) or embedded data and properties (the export files)
 * carry the rest under the names of {@link #HIDDEN_FIELDS}, the same for every tool; a source's own
 * mapping overrides any default.
 */
final class KindDefaults {

  /** The hidden field (or column) that carries each response field by default. */
  static final Map<String, String> HIDDEN_FIELDS = hiddenFields();

  private KindDefaults() {}

  private static Map<String, String> hiddenFields() {
    Map<String, String> hidden = new LinkedHashMap<>();
    hidden.put("touchpoint", "touchpoint");
    hidden.put("team", "team");
    hidden.put("employee", "employee");
    hidden.put("product", "product");
    hidden.put("country", "country");
    hidden.put("language", "language");
    hidden.put("customer.externalId", "customer_id");
    hidden.put("customer.name", "name");
    hidden.put("customer.email", "email");
    hidden.put("customer.phone", "phone");
    hidden.put("customer.segment", "segment");
    hidden.put("customer.servicePreference", "service_preference");
    hidden.put("customer.accountOwner", "account_owner");
    return hidden;
  }

  static Mapping of(SourceKind kind) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    switch (kind) {
      case FORMBRICKS -> formbricks(json);
      case TYPEFORM -> typeform(json);
      case STANDARD_WEBHOOKS -> ownFields(json, "/data");
      case GENERIC -> ownFields(json, "");
      case QUALTRICS -> qualtrics(json);
      case SURVEYMONKEY -> surveyMonkey(json);
      case DELIGHTED -> delighted(json);
    }
    return Mapping.parse(json, kind);
  }

  /** Formbricks' {@code responseFinished}: the answers and hidden fields in {@code data.data}, keyed by question or field id. */
  private static void formbricks(ObjectNode json) {
    HIDDEN_FIELDS.forEach((field, hidden) -> json.put(field, "/data/data/" + hidden));
    json.put("externalId", "/data/id");
    json.put("answeredAt", "/data/updatedAt");
    json.putArray("score").add("/data/data/nps").add(Rule.NPS);
    json.put("comment", "/data/data/comment");
    json.putArray("country").add("/data/data/country").add("/data/meta/country");
    json.putArray("customer.externalId").add("/data/data/customer_id").add("/data/contact/userId").add("/data/contactAttributes/userId");
    json.putArray("customer.email").add("/data/data/email").add("/data/contactAttributes/email");
  }

  /** Typeform's {@code form_response}: answers found by their field's ref, hidden fields in {@code form_response.hidden}. */
  private static void typeform(ObjectNode json) {
    HIDDEN_FIELDS.forEach((field, hidden) -> json.put(field, "/form_response/hidden/" + hidden));
    json.put("externalId", "/form_response/token");
    json.put("answeredAt", "/form_response/submitted_at");
    json.putArray("score").add("nps").add(Rule.NPS);
    json.putArray("comment").add("comment").add(Rule.COMMENT);
  }

  /** ClosedLoop's own response JSON, at the root ({@code generic}) or in a Standard Webhooks envelope's {@code data}. */
  private static void ownFields(ObjectNode json, String prefix) {
    for (String field : ImportingResponses.COLUMNS) {
      json.put(field, prefix + "/" + field.replace('.', '/'));
    }
  }

  private static void exportColumns(ObjectNode json) {
    HIDDEN_FIELDS.forEach(json::put);
  }

  /** A Qualtrics export: the NPS question's column is the one with a {@code _NPS_GROUP} companion. */
  private static void qualtrics(ObjectNode json) {
    exportColumns(json);
    json.put("externalId", "ResponseId");
    json.put("answeredAt", "RecordedDate");
    json.put("score", Rule.NPS);
    json.put("comment", Rule.COMMENT);
    json.put("language", "UserLanguage");
    json.put("customer.externalId", "ExternalReference");
    json.putArray("customer.name").add("RecipientFirstName").add("RecipientLastName");
    json.put("customer.email", "RecipientEmail");
  }

  /** A SurveyMonkey export: the NPS question's column is the one whose question asks how likely one would recommend. */
  private static void surveyMonkey(ObjectNode json) {
    exportColumns(json);
    json.put("externalId", "Respondent ID");
    json.put("answeredAt", "End Date");
    json.put("score", Rule.NPS);
    json.put("comment", Rule.COMMENT);
    json.put("customer.externalId", "Custom Data 1");
    json.putArray("customer.name").add("First Name").add("Last Name");
    json.put("customer.email", "Email Address");
  }

  /** A Delighted export: one row per response; a person is known by their email. */
  private static void delighted(ObjectNode json) {
    exportColumns(json);
    json.put("externalId", "Response ID");
    json.put("answeredAt", "Created At");
    json.put("score", "Score");
    json.put("comment", "Comment");
    json.put("customer.externalId", "Email");
    json.put("customer.email", "Email");
    json.put("customer.name", "Name");
  }

  /** Why an event of this kind is not a response to take, if it is not: Formbricks also sends unfinished responses. */
  static Optional<String> whyIgnored(SourceKind kind, JsonNode event) {
    return switch (kind) {
      case FORMBRICKS -> ignoredUnless(event, "/event", "responseFinished")
          .or(() -> event.at("/data/finished").isBoolean() && !event.at("/data/finished").asBoolean()
              ? Optional.of("the response is not finished") : Optional.empty());
      case TYPEFORM -> ignoredUnless(event, "/event_type", "form_response");
      default -> Optional.empty();
    };
  }

  private static Optional<String> ignoredUnless(JsonNode event, String pointer, String expected) {
    JsonNode value = event.at(pointer);
    if (value.isMissingNode() || value.isNull() || expected.equals(value.asText())) {
      return Optional.empty();
    }
    return Optional.of("a " + value.asText() + " event; only " + expected + " events are responses");
  }

  /** The fields a source's mapping is shown with, in the order of a response. */
  static List<String> fields() {
    return List.copyOf(ImportingResponses.COLUMNS);
  }
}
