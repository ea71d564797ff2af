package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.ProblemHandler;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Engine failures that reach our API, answered through Spring MVC with both advices in their order. */
class EngineProblemsTest {

  private static Supplier<RuntimeException> failure;

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
      .setControllerAdvice(new EngineProblems(), new ProblemHandler()).build();

  @Test
  void an_engine_that_cannot_reach_the_database_is_a_503_asking_to_retry() throws Exception {
    failure = () -> new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
        new PersistenceException("### Error updating database. ### SQL: insert into ACT_RU_EXECUTION",
            new SQLTransientConnectionException("closedloop - Connection is not available, request timed out after 30000ms")));

    MockHttpServletResponse response = get();

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString()).contains("retry").doesNotContain("ACT_RU", "ENGINE-", "SQL", "Exception");
  }

  @Test
  void a_server_shutting_down_under_the_engine_is_a_503() throws Exception {
    failure = () -> new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
        new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

    assertThat(get().getStatus()).isEqualTo(503);
  }

  @Test
  void any_other_engine_failure_is_a_500_without_engine_internals() throws Exception {
    failure = () -> new ProcessEngineException("ENGINE-09005 Could not parse BPMN process. Errors: select * from ACT_RE_PROCDEF");

    MockHttpServletResponse response = get();

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).doesNotContain("ENGINE-", "ACT_", "select", "Exception", "org.camunda");
  }

  @Test
  void a_rule_of_ours_broken_inside_the_engine_is_answered_as_itself() throws Exception {
    failure = () -> new ProcessEngineException("Error while evaluating expression",
        new InvalidInputException("rootCause", "is not a leaf of the taxonomy"));

    MockHttpServletResponse response = get();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("\"field\":\"rootCause\"");
  }

  private MockHttpServletResponse get() throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get("/engine-fails")).andReturn().getResponse();
  }

  @RestController
  static class FailingController {
    @GetMapping("/engine-fails")
    String fail() {
      throw failure.get();
    }
  }
}
