package io.closedloop.intake.web;

import io.closedloop.intake.BoundedBody;
import io.closedloop.intake.IntakeLimits;
import io.closedloop.intake.ResponseSubmission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Holds the JSON body of a single response to {@link IntakeLimits#responseBody()}: read here, before
 * JSON binding, so a larger body is a 413 and never reaches the parser.
 */
@ControllerAdvice(assignableTypes = ResponseController.class)
class ResponseBodyLimit extends RequestBodyAdviceAdapter {

  private final IntakeLimits limits;

  ResponseBodyLimit(IntakeLimits limits) {
    this.limits = limits;
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType == ResponseSubmission.class;
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
    byte[] body;
    try (InputStream bounded = BoundedBody.of(message.getBody(), message.getHeaders().getContentLength(),
        limits.responseBody(), "one response")) {
      body = bounded.readAllBytes();
    }
    HttpHeaders headers = message.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }
}
