package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.closedloop.intake.ResponseSubmission.CustomerSubmission;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionValidatorTest {

  static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

  final SubmissionValidator validator = new SubmissionValidator(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void turns_a_complete_submission_into_a_classified_response() {
    NewResponse response = validator.validate(new ResponseSubmission(
        " r-1 ", "3", "Waited an hour", "2026-03-14T09:30:00+01:00", "website", "customer-service", "emp-7",
        "invoicing", "dk", "DA",
        new CustomerSubmission("c-1", "Mette Hansen", "mette@example.com", "+45 12 34 56 78", "smb", "FACTUAL", "alice")));

    assertThat(response.externalId()).isEqualTo("r-1");
    assertThat(response.score()).isEqualTo(3);
    assertThat(response.category()).isEqualTo(NpsCategory.DETRACTOR);
    assertThat(response.answeredAt()).isEqualTo(Instant.parse("2026-03-14T08:30:00Z"));
    assertThat(response.country()).isEqualTo("DK");
    assertThat(response.language()).isEqualTo("da");
    assertThat(response.customer().servicePreference()).isEqualTo(ServicePreference.FACTUAL);
  }

  @Test
  void accepts_a_submission_with_only_the_required_fields() {
    NewResponse response = validator.validate(submission("r-2", "10", null, null));

    assertThat(response.category()).isEqualTo(NpsCategory.PROMOTER);
    assertThat(response.answeredAt()).isNull();
    assertThat(response.comment()).isNull();
  }

  @Test
  void requires_the_external_id_of_the_response() {
    assertThat(errorsOf(submission(null, "5", null, null))).containsExactly(new FieldError("externalId", "is required"));
    assertThat(fields(submission("  ", "5", null, null))).containsExactly("externalId");
  }

  @Test
  void refuses_control_characters_in_text_fields_naming_each_field() {
    assertThat(fields(new ResponseSubmission("r-\u0000", "2", "Bad\u0000comment", null, null, null, null, null, null, null,
        new CustomerSubmission("c-\u0007", "Ann\u001b", "ann\u0000@example.com", null, null, null, null))))
        .containsExactlyInAnyOrder("externalId", "comment", "customer.externalId", "customer.name", "customer.email");
  }

  @Test
  void keeps_tabs_and_line_breaks_in_a_comment() {
    assertThat(validator.validate(submission("r-tabs", "2", "Line one\r\n\tLine two", null)).comment())
        .isEqualTo("Line one\r\n\tLine two");
  }

  @Test
  void requires_the_external_id_of_the_customer() {
    assertThat(fields(new ResponseSubmission("r-3", "5", null, null, null, null, null, null, null, null,
        new CustomerSubmission(null, "No id", null, null, null, null, null)))).containsExactly("customer.externalId");
  }

  @Test
  void requires_a_customer() {
    assertThat(fields(new ResponseSubmission("r-4", "5", null, null, null, null, null, null, null, null, null)))
        .containsExactly("customer");
  }

  @Test
  void refuses_an_external_id_longer_than_200_characters() {
    assertThat(fields(submission("x".repeat(201), "5", null, null))).containsExactly("externalId");
  }

  @Test
  void requires_a_score() {
    assertThat(errorsOf(submission("r-5", null, null, null))).containsExactly(new FieldError("score", "is required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "11", "100"})
  void refuses_a_score_outside_0_to_10(String score) {
    assertThat(errorsOf(submission("r-6", score, null, null)))
        .containsExactly(new FieldError("score", "must be between 0 and 10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seven", "7.5", "1e1", "0x5"})
  void refuses_a_score_that_is_not_a_whole_number(String score) {
    assertThat(errorsOf(submission("r-7", score, null, null)))
        .containsExactly(new FieldError("score", "must be a whole number between 0 and 10"));
  }

  @Test
  void accepts_a_comment_of_exactly_10000_characters_and_refuses_a_longer_one() {
    assertThat(validator.validate(submission("r-8", "4", "a".repeat(10_000), null)).comment()).hasSize(10_000);
    assertThat(fields(submission("r-9", "4", "a".repeat(10_001), null))).containsExactly("comment");
  }

  @Test
  void refuses_an_answer_time_in_the_future() {
    assertThat(errorsOf(submission("r-10", "4", null, "2026-03-16T10:00:00Z")))
        .containsExactly(new FieldError("answeredAt", "must not be in the future"));
  }

  @Test
  void tolerates_a_little_clock_skew_in_the_answer_time() {
    assertThat(validator.validate(submission("r-11", "4", null, "2026-03-15T10:01:00Z")).answeredAt())
        .isEqualTo(Instant.parse("2026-03-15T10:01:00Z"));
  }

  @Test
  void refuses_an_answer_time_that_is_not_an_instant() {
    assertThat(fields(submission("r-12", "4", null, "yesterday"))).containsExactly("answeredAt");
    assertThat(fields(submission("r-13", "4", null, "2026-03-14"))).containsExactly("answeredAt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "DNK", "Denmark", "1"})
  void refuses_a_country_that_is_not_iso_3166_alpha_2(String country) {
    assertThat(fields(new ResponseSubmission("r-14", "4", null, null, null, null, null, null, country, null, customer())))
        .containsExactly("country");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dan", "xx", "danish", "d"})
  void refuses_a_language_that_is_not_iso_639_1(String language) {
    assertThat(fields(new ResponseSubmission("r-15", "4", null, null, null, null, null, null, null, language, customer())))
        .containsExactly("language");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FRIENDLY", "relational ", "factual"})
  void refuses_a_service_preference_that_is_not_one_of_the_three(String preference) {
    assertThat(fields(new ResponseSubmission("r-16", "4", null, null, null, null, null, null, null, null,
        new CustomerSubmission("c-1", null, null, null, null, preference, null))))
        .containsExactly("customer.servicePreference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mette", "mette@", "@example.com", "mette@example", "me tte@example.com"})
  void refuses_an_email_that_is_not_an_address(String email) {
    assertThat(fields(new ResponseSubmission("r-17", "4", null, null, null, null, null, null, null, null,
        new CustomerSubmission("c-1", null, email, null, null, null, null))))
        .containsExactly("customer.email");
  }

  @Test
  void refuses_a_code_with_characters_outside_letters_digits_dot_underscore_and_dash() {
    assertThat(fields(new ResponseSubmission("r-18", "4", null, null, "web site", "team/1", null, null, null, null, customer())))
        .containsExactly("touchpoint", "team");
  }

  @Test
  void lists_every_bad_field_together() {
    List<String> fields = fields(new ResponseSubmission(null, "12", "b".repeat(10_001), "2027-01-01T00:00:00Z",
        null, null, null, null, "ZZ", "zz",
        new CustomerSubmission(null, null, "not-an-email", null, null, "LOUD", null)));

    assertThat(fields).containsExactly("externalId", "score", "comment", "answeredAt", "country", "language",
        "customer.externalId", "customer.email", "customer.servicePreference");
  }

  @Test
  void refuses_a_missing_body() {
    assertThat(fields(null)).containsExactly("body");
  }

  private static ResponseSubmission submission(String externalId, String score, String comment, String answeredAt) {
    return new ResponseSubmission(externalId, score, comment, answeredAt, null, null, null, null, null, null, customer());
  }

  private static CustomerSubmission customer() {
    return new CustomerSubmission("c-1", null, null, null, null, null, null);
  }

  private List<FieldError> errorsOf(ResponseSubmission submission) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> validator.validate(submission));
    assertThat(refused).as("the submission is refused").isNotNull();
    return refused.errors();
  }

  private List<String> fields(ResponseSubmission submission) {
    return errorsOf(submission).stream().map(FieldError::field).toList();
  }
}
