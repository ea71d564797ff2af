package io.closedloop.connectors.web;

import io.closedloop.connectors.SignatureRefused;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.ProblemHandler;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A webhook whose signature does not prove its sender is a 401 naming what was wrong, never what was expected. */
@RestControllerAdvice(assignableTypes = HookController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HookRefusals {

  @ExceptionHandler(SignatureRefused.class)
  @ResponseStatus(HttpStatus.UNAUTHORIZED)
  ProblemDetail refuse(SignatureRefused refused) {
    return ProblemHandler.problem(HttpStatus.UNAUTHORIZED, "Signature refused", List.of(new FieldError(refused.header(), refused.getMessage())));
  }
}
