package io.closedloop.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of the JSON API into {@code application/problem+json} with {@code errors: [{field, message}]}:
 * bad input is a 400 naming the field, an unreachable database a 503 asking to retry, and any other
 * database failure a 500 that says nothing about the database. Runs before the engine's advice, so a
 * rule of ours broken inside the engine is still answered as itself.
 */
@RestControllerAdvice(basePackages = "io.closedloop")
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.errors());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Conflict");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", List.of(new FieldError(e.getName(), ExpectedValue.of(e.getRequiredType()))));
  }

  /** A list asked to sort by a property its entity does not have (lists that name their sortable properties never get here). */
  @ExceptionHandler({PropertyReferenceException.class, InvalidDataAccessApiUsageException.class})
  ResponseEntity<ProblemDetail> unknownProperty(RuntimeException e) {
    if (causeOf(e, PropertyReferenceException.class) instanceof PropertyReferenceException unknown) {
      return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input",
          List.of(new FieldError("sort", "cannot sort by " + unknown.getPropertyName()))));
    }
    return failed(e);
  }

  @ExceptionHandler({DataAccessException.class, TransactionException.class})
  ResponseEntity<ProblemDetail> databaseFailed(RuntimeException e) {
    return DatabaseOutage.causes(e) ? unavailable(e) : failed(e);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input",
        List.of(new FieldError(e.getParameterName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", List.of(unreadable(e))));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", errors));
  }

  /** A 503 with {@code Retry-After}; the cause is logged, never shown. */
  public static ResponseEntity<ProblemDetail> unavailable(Throwable e) {
    log.warn("Answered 503, the database cannot be reached: {}", rootMessage(e));
    return DatabaseOutage.answer();
  }

  /** A 500 that tells the client nothing about our internals; the cause is logged in full. */
  public static ResponseEntity<ProblemDetail> failed(Throwable e) {
    log.error("Request failed", e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed. It has been logged; please try again later.");
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static FieldError unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidTextException text) {
      return text.fieldError();
    }
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      return new FieldError(JsonFields.nameOf(unknown), "is not a known field");
    }
    if (e.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
      return new FieldError(JsonFields.nameOf(format), ExpectedValue.of(format.getTargetType()));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldError(JsonFields.nameOf(mapping), "has the wrong type or format");
    }
    if (e.getCause() instanceof JsonParseException parse) {
      return new FieldError("body", "is not valid JSON: " + firstLine(parse.getOriginalMessage()));
    }
    if (e.getCause() == null) {
      return new FieldError("body", "is required");
    }
    return new FieldError("body", "is not a JSON value of the expected shape");
  }

  private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  public static ProblemDetail problem(HttpStatus status, String title, List<?> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title);
    problem.setDetail(errors.size() == 1 && errors.get(0) instanceof FieldError error
        ? error.field() + " " + error.message()
        : errors.size() + " problems in the input");
    problem.setProperty("errors", errors);
    return problem;
  }
}
