package io.closedloop.intake;

import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static io.closedloop.intake.Submissions.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.praise.PraiseRecipients;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import io.closedloop.intake.process.FollowUpVariables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** Every answer goes somewhere, through the shipped answer-routing table on the real engine. */
@IntegrationTest
class AnswerRoutingIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  RepositoryService repository;

  @Autowired
  PraiseRecipients recipients;

  @Autowired
  WebApplicationContext context;

  @Test
  void a_second_answer_joins_the_open_case() throws Exception {
    String first = newExternalId();
    String caseId = (String) answer(with(response(first, 5), "comment", "Slow delivery")).getBody().get("caseId");
    assertThat(priorityOf(caseId)).isEqualTo("NORMAL");

    String second = newExternalId();
    Map<String, Object> again = with(with(response(second, 1), "comment", "Still nothing arrived"), "customer",
        Map.of("externalId", customerIdOf(first), "name", "Mette Hansen"));
    ResponseEntity<Map> joined = answer(again);

    assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(joined.getBody()).containsEntry("caseId", caseId).containsEntry("category", "DETRACTOR");
    assertThat(jdbc.sql("select count(*) from detractor_case where customer_id = (select customer_id from response where external_id = :e)")
        .param("e", first).query(Integer.class).single()).isEqualTo(1);
    assertThat(timelineOf(caseId)).contains("ANSWER_JOINED: The customer answered again: score 1 at customer-service",
        "PRIORITY_CHANGED: Priority NORMAL -> HIGH after the new answer");
    assertThat(priorityOf(caseId)).isEqualTo("HIGH");
    assertThat(answer(again).getBody()).as("a repeat answers with the joined case").containsEntry("caseId", caseId);

    String page = new Pages(context).mvc().perform(get("/cases/" + caseId).with(new Pages(context).as("admin")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"case-answers\"", "Slow delivery", "Still nothing arrived");
  }

  @Test
  void answers_of_one_customer_in_one_batch_join_the_case_the_first_opened() {
    String first = newExternalId();
    Map<String, Object> customer = Map.of("externalId", customerIdOf(first), "name", "Bo Batch");
    ResponseEntity<Map> batch = Api.as("admin", port).postForEntity("/api/responses/batch",
        List.of(response(first, 4), with(response(newExternalId(), 6), "customer", customer),
            with(response(newExternalId(), 9), "customer", customer)), Map.class);

    List<Map<String, Object>> results = (List<Map<String, Object>>) batch.getBody().get("results");
    assertThat(results).extracting(result -> result.get("status")).containsOnly("CREATED");
    assertThat(results).extracting(result -> result.get("caseId")).doesNotContainNull().containsOnly(results.get(0).get("caseId"));
  }

  @Test
  void two_answers_of_one_customer_at_once_open_one_case() throws Exception {
    String customer = "cust-" + newExternalId();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Map<String, Object> body = with(response(newExternalId(), 3), "customer", Map.of("externalId", customer, "name", "Ida Berg"));
        Callable<ResponseEntity<Map>> posting = () -> {
          start.await();
          return answer(body);
        };
        answers.add(pool.submit(posting));
      }
      start.countDown();
      List<Object> caseIds = new ArrayList<>();
      for (Future<ResponseEntity<Map>> answer : answers) {
        assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        caseIds.add(answer.get().getBody().get("caseId"));
      }
      assertThat(caseIds).doesNotContainNull().containsOnly(caseIds.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.sql("select count(*) from detractor_case c join customer u on u.id = c.customer_id where u.external_id = :c")
        .param("c", customer).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from case_answer a join response r on r.id = a.response_id join customer u on u.id = r.customer_id"
        + " where u.external_id = :c").param("c", customer).query(Integer.class).single()).isEqualTo(3);
  }

  @Test
  void a_passive_with_a_comment_gets_a_follow_up_task_for_the_team_and_no_case() {
    String externalId = newExternalId();
    ResponseEntity<Map> created = answer(with(with(response(externalId, 8), "comment", "Fine, but I miss a dark mode"), "team", "customer-service"));

    assertThat(created.getBody().get("caseId")).isNull();
    String responseId = (String) created.getBody().get("id");
    Task followUp = tasks.createTaskQuery().processInstanceBusinessKey(responseId).taskCandidateGroup("customer-service").singleResult();
    assertThat(followUp).isNotNull();
    assertThat(followUp.getTaskDefinitionKey()).isEqualTo(FollowUpVariables.TASK);
    assertThat(followUp.getDueDate()).isNull();
    assertThat(tasks.getVariable(followUp.getId(), FollowUpVariables.COMMENT)).isEqualTo("Fine, but I miss a dark mode");
    assertThat(tasks.createTaskQuery().taskId(followUp.getId()).taskCandidateUser("alice").count())
        .as("alice of customer-service sees it in Tasklist").isEqualTo(1);

    tasks.complete(followUp.getId(), Map.of(FollowUpVariables.NOTE, "Called; noted the wish", FollowUpVariables.CONTACTED, true));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(responseId).count()).isZero();
  }

  @Test
  void a_designer_s_redeployed_table_routes_the_very_next_answer() throws Exception {
    String shipped = Files.readString(Path.of("bpmn/answer-routing.dmn"));
    String withoutFollowUps = shipped.replace("<outputEntry id=\"RulePassiveWithCommentRoute\"><text>\"FOLLOW_UP\"</text>",
        "<outputEntry id=\"RulePassiveWithCommentRoute\"><text>\"NONE\"</text>");
    assertThat(withoutFollowUps).isNotEqualTo(shipped);
    try {
      deploy(withoutFollowUps);
      String quiet = (String) answer(with(response(newExternalId(), 8), "comment", "Meh")).getBody().get("id");
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(quiet).count()).isZero();
    } finally {
      deploy(shipped);
    }
    String followed = (String) answer(with(response(newExternalId(), 8), "comment", "Meh")).getBody().get("id");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(followed).count()).isEqualTo(1);
  }

  private void deploy(String table) {
    repository.createDeployment().name("answer-routing-it").addString("answer-routing.dmn", table).deploy();
  }

  @Test
  void a_passive_without_a_comment_and_historic_backfill_go_nowhere() {
    ResponseEntity<Map> silent = answer(with(response(newExternalId(), 7), "comment", null));
    assertThat(silent.getBody().get("caseId")).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) silent.getBody().get("id")).count()).isZero();

    String detractor = newExternalId();
    ResponseEntity<Map> backfill = Api.as("admin", port).postForEntity("/api/responses/batch?openCases=false",
        List.of(response(detractor, 2), with(response(newExternalId(), 8), "comment", "ok")), Map.class);
    assertThat(backfill.getBody()).containsEntry("created", 2);
    assertThat(jdbc.sql("select count(*) from detractor_case c join response r on r.id = c.response_id where r.external_id = :e")
        .param("e", detractor).query(Integer.class).single()).isZero();
  }

  @Test
  void a_promoters_praise_reaches_the_named_employee() throws Exception {
    String employee = "emp-" + UUID.randomUUID().toString().substring(0, 8);
    Pages pages = new Pages(context);
    pages.mvc().perform(post("/settings/praise").param("employeeCode", employee).param("userId", "bob")
        .with(pages.as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
    Instant before = Instant.now();

    ResponseEntity<Map> created = answer(with(with(with(response(newExternalId(), 10), "comment", "Bob sorted it out in minutes"),
        "employee", employee), "answeredAt", Instant.now().toString()));

    assertThat(created.getBody().get("caseId")).isNull();
    String responseId = (String) created.getBody().get("id");
    assertThat(jdbc.sql("select user_id from praise where response_id = :r").param("r", UUID.fromString(responseId))
        .query(String.class).single()).isEqualTo("bob");
    assertThat(jdbc.sql("select message from notification where recipient = 'bob' and type = 'PRAISE' and created_at >= :t")
        .param("t", Timestamp.from(before)).query(String.class).list()).containsExactly("A promoter praised you: score 10 at customer-service");
    assertThat(jdbc.sql("select count(*) from outbox_message where recipient_user = 'bob' and topic = 'ALERT' and created_at >= :t")
        .param("t", Timestamp.from(before)).query(Integer.class).single()).as("mailed as bob's alert settings say").isEqualTo(1);

    String own = pages.mvc().perform(get("/me").with(pages.as("bob"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(own).contains("id=\"my-praise\"", "Bob sorted it out in minutes");
    String wall = pages.mvc().perform(get("/wall/figures").with(pages.as("wall"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(wall).contains("Bob sorted it out in minutes", "Praise for " + employee);
  }

  @Test
  void a_promoter_naming_an_employee_who_is_no_user_praises_nobody() {
    ResponseEntity<Map> created = answer(with(with(response(newExternalId(), 9), "comment", "Great"), "employee", "emp-nobody"));

    assertThat(jdbc.sql("select count(*) from praise where response_id = :r").param("r", UUID.fromString((String) created.getBody().get("id")))
        .query(Integer.class).single()).isZero();
  }

  @Test
  void erasing_a_customer_erases_their_follow_ups_words_and_their_praise() {
    String employee = "emp-" + UUID.randomUUID().toString().substring(0, 8);
    recipients.assign(employee, "alice", "admin");
    String passive = newExternalId();
    String passiveId = (String) answer(with(response(passive, 7), "comment", "Could be quicker")).getBody().get("id");
    Map<String, Object> promoter = with(with(response(newExternalId(), 10), "comment", "Alice was great"), "employee", employee);
    String promoterId = (String) answer(with(promoter, "customer", Map.of("externalId", customerIdOf(passive)))).getBody().get("id");
    assertThat(jdbc.sql("select count(*) from praise where response_id = :r").param("r", UUID.fromString(promoterId))
        .query(Integer.class).single()).isEqualTo(1);

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> erased = Api.as("admin", port).exchange("/api/customers/{id}", HttpMethod.DELETE,
        new HttpEntity<>(Map.of("reason", "Asked to be forgotten"), json), Map.class, customerIdOf(passive));

    assertThat(erased.getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(jdbc.sql("select count(*) from praise where response_id = :r").param("r", UUID.fromString(promoterId))
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("""
            select v.name_ || '=' || coalesce(v.text_, '') from act_hi_varinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_
            where p.business_key_ = :key and v.name_ in ('comment', 'customerName', 'customerEmail')
            """).param("key", passiveId).query(String.class).list())
        .containsExactlyInAnyOrder("comment=", "customerName=", "customerEmail=");
  }

  private ResponseEntity<Map> answer(Map<String, Object> body) {
    return Api.as("admin", port).postForEntity("/api/responses", body, Map.class);
  }

  private String priorityOf(String caseId) {
    return jdbc.sql("select priority from detractor_case where id = :id").param("id", UUID.fromString(caseId)).query(String.class).single();
  }

  private List<String> timelineOf(String caseId) {
    return jdbc.sql("select type || ': ' || detail from case_event where case_id = :id order by at, id")
        .param("id", UUID.fromString(caseId)).query(String.class).list();
  }
}
