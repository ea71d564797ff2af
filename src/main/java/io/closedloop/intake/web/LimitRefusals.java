package io.closedloop.intake.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.intake.IntakeLimitExceeded;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request over an intake limit with its problem, whole and with its length, then closes
 * the connection: the client may still be sending the rest of a large body, which the server does
 * not read, and a chunked answer would be cut off when the connection closes.
 */
@RestControllerAdvice(assignableTypes = ResponseController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LimitRefusals {

  private final ObjectMapper json;

  LimitRefusals(ObjectMapper json) {
    this.json = json;
  }

  @ExceptionHandler(IntakeLimitExceeded.class)
  ResponseEntity<byte[]> refuse(IntakeLimitExceeded e, HttpServletRequest request) throws JsonProcessingException {
    ProblemDetail problem = e.getBody();
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    byte[] body = json.writeValueAsBytes(problem);
    return ResponseEntity.status(e.getStatusCode())
        .header(HttpHeaders.CONNECTION, "close")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .contentLength(body.length)
        .body(body);
  }
}
