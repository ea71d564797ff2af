package io.closedloop.workflow;

import io.closedloop.shared.DatabaseOutage;
import io.closedloop.shared.ProblemHandler;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an engine failure that reaches our API: a 503 asking to retry when the engine could not
 * reach the database, otherwise a 500 that names no engine class, SQL or process detail. Our own
 * rules broken inside the engine are answered by {@link ProblemHandler}, which runs first.
 */
@RestControllerAdvice(basePackages = "io.closedloop")
@Order(Ordered.LOWEST_PRECEDENCE)
class EngineProblems {

  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ProblemDetail> engineFailed(ProcessEngineException e) {
    return DatabaseOutage.causes(e) ? ProblemHandler.unavailable(e) : ProblemHandler.failed(e);
  }
}
