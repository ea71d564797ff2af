package io.closedloop.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failure to reach the database, wherever it hides in a chain of causes (Spring's, Hikari's,
 * the JDBC driver's, or wrapped by the process engine), and the API's answer to it: a 503 that
 * asks the client to retry, without anything about the database itself.
 */
public final class DatabaseOutage {

  /** Seconds a client is asked to wait before retrying. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final int MAX_DEPTH = 20;

  private DatabaseOutage() {}

  /** True when the exception, or one of its causes, says the database could not be reached. */
  public static boolean causes(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
      if (isUnreachable(cause)) {
        return true;
      }
    }
    return false;
  }

  /** The answer to a request that failed because the database could not be reached. */
  public static ResponseEntity<ProblemDetail> answer() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The service cannot reach its database just now; please retry in a few seconds.");
    problem.setTitle("Temporarily unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .body(problem);
  }

  private static boolean isUnreachable(Throwable cause) {
    return cause instanceof DataAccessResourceFailureException
        || cause instanceof CannotCreateTransactionException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof ConnectException
        || cause instanceof SQLException sql && isConnectionState(sql.getSQLState());
  }

  /** SQLSTATE class 08 is a connection exception; 57P01-57P03 are a server shutting down or starting up. */
  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
  }
}
