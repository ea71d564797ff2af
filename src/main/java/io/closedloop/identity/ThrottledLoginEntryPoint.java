package io.closedloop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.ProblemHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API login the {@link LoginThrottle} refused with {@code 429 Too Many Requests}, a
 * {@code Retry-After} in seconds and a {@code problem+json}, and any other failed or missing login
 * as the given entry point does (HTTP Basic's {@code 401}). Not a {@code 401}: the password was
 * not even checked, so a client must not take it for wrong, and no browser should prompt again.
 */
class ThrottledLoginEntryPoint implements AuthenticationEntryPoint {

  private final AuthenticationEntryPoint otherwise;
  private final ObjectMapper json;

  ThrottledLoginEntryPoint(AuthenticationEntryPoint otherwise, ObjectMapper json) {
    this.otherwise = otherwise;
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException, jakarta.servlet.ServletException {
    if (!(failure instanceof LoginThrottled throttled)) {
      otherwise.commence(request, response, failure);
      return;
    }
    long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
    ProblemDetail problem = ProblemHandler.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", List.of(new FieldError(
        "credentials", "were not checked after too many failed logins from this address; try again in " + seconds + " s")));
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
