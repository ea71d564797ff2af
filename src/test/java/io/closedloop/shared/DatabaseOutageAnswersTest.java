package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's answer when the database cannot be reached, through Spring MVC and {@link ProblemHandler}, with the real exception types. */
class DatabaseOutageAnswersTest {

  private static Supplier<RuntimeException> failure;

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController()).setControllerAdvice(new ProblemHandler()).build();

  @Test
  void no_connection_from_spring_jdbc_is_a_503_asking_to_retry() throws Exception {
    assertRetryLater(() -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
        new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"))));
  }

  @Test
  void a_resource_failure_is_a_503_asking_to_retry() throws Exception {
    assertRetryLater(() -> new DataAccessResourceFailureException("select * from response where id = ?"));
  }

  @Test
  void hikaris_connection_timeout_behind_a_transaction_is_a_503_asking_to_retry() throws Exception {
    assertRetryLater(() -> new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
        new SQLTransientConnectionException("closedloop - Connection is not available, request timed out after 30000ms")));
  }

  @Test
  void another_database_failure_is_a_500_that_shows_no_sql() throws Exception {
    failure = () -> new DataIntegrityViolationException("insert into response (comment) values (?); ERROR: secret_column");

    MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/fails")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getHeader("Retry-After")).isNull();
    assertThat(response.getContentAsString()).doesNotContain("insert", "secret_column", "Exception", "org.");
  }

  private void assertRetryLater(Supplier<RuntimeException> thrown) throws Exception {
    failure = thrown;

    MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/fails")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString()).contains("retry").doesNotContain("select", "localhost", "Hikari", "JPA", "Exception", "org.");
  }

  @RestController
  static class FailingController {
    @GetMapping("/fails")
    String fail() {
      throw failure.get();
    }
  }
}
