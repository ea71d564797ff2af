package io.closedloop.intake;

import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.ResponseSubmission.CustomerSubmission;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidCharacters;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a submission field by field and turns it into a {@link NewResponse}, or lists every bad field. */
@Component
public class SubmissionValidator {

  static final int MAX_COMMENT_LENGTH = 10_000;
  private static final int MAX_ID_LENGTH = 200;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private final Clock clock;

  public SubmissionValidator(Clock clock) {
    this.clock = clock;
  }

  /** The valid response, or an {@link InvalidInputException} naming every bad field. */
  public NewResponse validate(ResponseSubmission submission) {
    Fields fields = new Fields();
    if (submission == null) {
      throw new InvalidInputException("body", "must be a response object");
    }
    String externalId = fields.id("externalId", submission.externalId());
    Integer score = fields.score(submission.score());
    String comment = fields.text("comment", submission.comment(), MAX_COMMENT_LENGTH);
    Instant answeredAt = fields.pastInstant("answeredAt", submission.answeredAt(), clock.instant());
    String touchpoint = fields.code("touchpoint", submission.touchpoint());
    String team = fields.code("team", submission.team());
    String employee = fields.code("employee", submission.employee());
    String product = fields.code("product", submission.product());
    String country = fields.country(submission.country());
    String language = fields.language(submission.language());
    CustomerDetails customer = customer(fields, submission.customer());
    if (!fields.errors.isEmpty()) {
      throw new InvalidInputException(fields.errors);
    }
    return new NewResponse(externalId, score, comment, answeredAt,
        touchpoint, team, employee, product, country, language, customer);
  }

  private static CustomerDetails customer(Fields fields, CustomerSubmission customer) {
    if (customer == null) {
      fields.add("customer", "is required");
      return null;
    }
    return new CustomerDetails(
        fields.id("customer.externalId", customer.externalId()),
        fields.text("customer.name", customer.name(), 200),
        fields.matching("customer.email", customer.email(), EMAIL, 320, "is not an email address"),
        fields.matching("customer.phone", customer.phone(), PHONE, 40, "is not a phone number"),
        fields.code("customer.segment", customer.segment()),
        fields.servicePreference(customer.servicePreference()),
        fields.matching("customer.accountOwner", customer.accountOwner(), CODE, 64, "is not a user id"));
  }

  /** Collects the errors of one submission while its fields are read. */
  private static final class Fields {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
      errors.add(new FieldError(field, message));
    }

    String id(String field, String value) {
      if (blank(value)) {
        add(field, "is required");
        return null;
      }
      if (value.length() > MAX_ID_LENGTH) {
        add(field, "must be at most " + MAX_ID_LENGTH + " characters");
      }
      refuseInvalidCharacters(field, value);
      return value.strip();
    }

    Integer score(String value) {
      if (blank(value)) {
        add("score", "is required");
        return null;
      }
      try {
        int score = Integer.parseInt(value.strip());
        if (score < 0 || score > 10) {
          add("score", "must be between 0 and 10");
        }
        return score;
      } catch (NumberFormatException e) {
        add("score", "must be a whole number between 0 and 10");
        return null;
      }
    }

    String text(String field, String value, int maxLength) {
      if (blank(value)) {
        return null;
      }
      if (value.length() > maxLength) {
        add(field, "must be at most " + maxLength + " characters");
      }
      refuseInvalidCharacters(field, value);
      return value;
    }

    Instant pastInstant(String field, String value, Instant now) {
      if (blank(value)) {
        return null;
      }
      Instant instant;
      try {
        instant = OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeParseException e) {
        add(field, "must be an ISO-8601 instant such as 2026-03-01T12:00:00Z");
        return null;
      }
      if (instant.isAfter(now.plus(CLOCK_SKEW))) {
        add(field, "must not be in the future");
      }
      return instant;
    }

    String code(String field, String value) {
      return matching(field, value, CODE, 64, "must be a code of letters, digits, '.', '_' or '-' (at most 64)");
    }

    String matching(String field, String value, Pattern pattern, int maxLength, String message) {
      if (blank(value)) {
        return null;
      }
      String stripped = value.strip();
      if (stripped.length() > maxLength || !pattern.matcher(stripped).matches()) {
        add(field, message);
      } else {
        refuseInvalidCharacters(field, stripped);
      }
      return stripped;
    }

    /** PostgreSQL refuses NUL in text, and no field of a response has a use for control characters. */
    void refuseInvalidCharacters(String field, String value) {
      if (InvalidCharacters.in(value)) {
        add(field, InvalidCharacters.MESSAGE);
      }
    }

    String country(String value) {
      if (blank(value)) {
        return null;
      }
      String code = value.strip().toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(code)) {
        add("country", "must be an ISO 3166-1 alpha-2 country code such as DK");
      }
      return code;
    }

    String language(String value) {
      if (blank(value)) {
        return null;
      }
      String code = value.strip().toLowerCase(Locale.ROOT);
      if (code.length() != 2 || !LANGUAGES.contains(code)) {
        add("language", "must be an ISO 639-1 language code such as da");
      }
      return code;
    }

    ServicePreference servicePreference(String value) {
      if (blank(value)) {
        return null;
      }
      try {
        return ServicePreference.valueOf(value.strip());
      } catch (IllegalArgumentException e) {
        add("customer.servicePreference", "must be one of RELATIONAL, ACTION_ORIENTED, FACTUAL");
        return null;
      }
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }
}
