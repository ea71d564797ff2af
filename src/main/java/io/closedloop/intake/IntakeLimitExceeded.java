package io.closedloop.intake;

import io.closedloop.shared.ProblemHandler;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request over one of the {@link IntakeLimits}: {@code 413} when it is too large as a whole
 * (body, batch length, rows), {@code 400} when one field is too long. Refused whole, nothing stored.
 */
public class IntakeLimitExceeded extends ErrorResponseException {

  private IntakeLimitExceeded(HttpStatus status, String title, LimitError error) {
    super(status, problem(status, title, error), null);
  }

  /** The request is larger than a limit allows. */
  public static IntakeLimitExceeded tooLarge(String field, String message) {
    return new IntakeLimitExceeded(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", new LimitError(field, message, null));
  }

  /** One field of row {@code row} (1-based over the data rows; 0 for a CSV header) is longer than the limit. */
  public static IntakeLimitExceeded fieldTooLong(String field, int row, int limit) {
    return new IntakeLimitExceeded(HttpStatus.BAD_REQUEST, "Field too long",
        new LimitError(field, "is longer than the limit of " + limit + " characters (in row " + row + ")", row));
  }

  public LimitError error() {
    return (LimitError) ((List<?>) getBody().getProperties().get("errors")).get(0);
  }

  private static ProblemDetail problem(HttpStatus status, String title, LimitError error) {
    ProblemDetail problem = ProblemHandler.problem(status, title, List.of(error));
    problem.setDetail(error.field() + " " + error.message());
    return problem;
  }

  /** What went over a limit: the field (or {@code body}, {@code rows}), why, and the row where it is known. */
  public record LimitError(String field, String message, Integer row) {}
}
