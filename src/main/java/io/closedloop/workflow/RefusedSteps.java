package io.closedloop.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The refusal of a case's step taken through the engine's doors, kept for the request that asked
 * for it. The engine wraps whatever a task listener throws into a generic error (a 500 from its
 * REST API); {@link RefusedStepAnswers} answers the request with this refusal's own status and
 * message instead.
 */
public final class RefusedSteps {

  private static final ThreadLocal<Refusal> CURRENT = new ThreadLocal<>();

  private RefusedSteps() {}

  /** Records the refusal and hands back the exception that rolls the step back. */
  public static RuntimeException refuse(int status, String field, String message, RuntimeException rollback) {
    CURRENT.set(new Refusal(status, field, message));
    return rollback;
  }

  static Optional<Refusal> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void clear() {
    CURRENT.remove();
  }

  /** Why a step was refused: 403 for who may not, 400 for what is wrong (with the field). */
  record Refusal(int status, String field, String message) {

    /** Answers the request with this refusal, in the engine's error shape ({@code type}, {@code message}) plus the field. */
    void writeTo(HttpServletResponse response, ObjectMapper json) throws IOException {
      response.setStatus(status);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", status == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException" : "InvalidRequestException");
      body.put("message", message);
      body.put("field", field);
      json.writeValue(response.getOutputStream(), body);
    }
  }
}
