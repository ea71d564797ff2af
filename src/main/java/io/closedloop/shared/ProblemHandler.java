package io.closedloop.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns errors of the JSON API into {@code application/problem+json} with {@code errors: [{field, message}]}. */
@RestControllerAdvice(basePackages = "io.closedloop")
public class ProblemHandler extends ResponseEntityExceptionHandler {

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
    return problem(HttpStatus.BAD_REQUEST, "Invalid input",
        List.of(new FieldError(e.getName(), "is not a valid value: " + e.getValue())));
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

  private static FieldError unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      return new FieldError(path(unknown), "is not a known field");
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldError(path(mapping), "has the wrong type or format");
    }
    return new FieldError("body", "is not valid JSON: " + firstLine(e.getMostSpecificCause().getMessage()));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
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
