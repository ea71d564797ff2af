package io.closedloop.cases;

import static io.closedloop.support.CaseJson.content;
import static io.closedloop.support.CaseJson.timelineDetails;
import static io.closedloop.support.CaseJson.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.intake.NewResponse;
import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.ReceivingResponse;
import io.closedloop.shared.ReplayClock;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The escalation ladder on the real engine and its job executor: cases told as if they had been
 * opened days ago (their deadlines lie in the past), then escalated by the timers of their
 * process, with the ladder shipped in bpmn/escalation-ladder.dmn or one a designer deployed.
 */
@IntegrationTest
class EscalationLadderIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort
  int port;

  @Autowired
  ReceivingResponse receiving;

  @Autowired
  ClaimingCase claiming;

  @Autowired
  LoggingContactAttempt logging;

  @Autowired
  EscalatingCase escalating;

  @Autowired
  ReplayClock clock;

  @Autowired
  TaskService tasks;

  @Autowired
  RepositoryService repository;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  WebApplicationContext context;

  @Test
  void a_case_not_called_back_escalates_to_the_team_managers_and_then_to_the_head_of_customer_experience() {
    Instant opened = Instant.now().minus(Duration.ofDays(5));
    String caseId = tellCase(opened, "private", "alice", null);

    Map<?, ?> body = awaitCase(caseId, c -> level(c, "escalationLevel") == 2);

    assertThat(body.get("phase")).isEqualTo("CALL_BACK");
    assertThat(body.get("resolutionDue")).isNull();
    assertThat(body.get("owner")).isEqualTo("alice");
    assertThat(timelineDetails(body))
        .anySatisfy(detail -> assertThat(detail).contains("Escalation level 1 to the managers of customer-service: the call-back deadline"))
        .anySatisfy(detail -> assertThat(detail).contains("Escalation level 2 to cx-leads: the call-back deadline"));
    assertThat(unreadNotifications("mike")).anySatisfy(notification -> assertThat(notification)
        .containsEntry("type", "ESCALATION").containsEntry("caseId", caseId));
    assertThat(listed("CALL_BACK")).contains(caseId);
    assertThat(listed("RESOLUTION")).doesNotContain(caseId);
  }

  @Test
  void a_reached_case_escalates_on_its_resolution_deadline() {
    Instant opened = Instant.now().minus(Duration.ofDays(21));
    String caseId = tellCase(opened, "private", "alice", opened.plus(Duration.ofHours(2)));

    Map<?, ?> body = awaitCase(caseId, c -> level(c, "resolutionEscalationLevel") == 2);

    assertThat(body.get("phase")).isEqualTo("RESOLUTION");
    assertThat(body.get("escalationLevel")).as("the call-back phase was met").isEqualTo(0);
    assertThat(Instant.parse((String) body.get("resolutionDue"))).as("five business days after reaching").isBefore(Instant.now())
        .isAfter(opened.plus(Duration.ofDays(4)));
    assertThat(body.get("overdue")).isEqualTo(true);
    assertThat(body.get("owner")).as("the shipped ladder only tells").isEqualTo("alice");
    assertThat(timelineTypes(body)).contains("RESOLUTION_PLANNED");
    assertThat(timelineDetails(body))
        .anySatisfy(detail -> assertThat(detail).contains("Resolve within 5 business days"))
        .anySatisfy(detail -> assertThat(detail).contains("Escalation level 1 to the managers of customer-service: the resolution deadline"))
        .anySatisfy(detail -> assertThat(detail).contains("Escalation level 2 to cx-leads: the resolution deadline"));
    assertThat(unreadNotifications("mike")).anySatisfy(notification -> assertThat(notification)
        .containsEntry("type", "ESCALATION").containsEntry("caseId", caseId));
    assertThat(unreadNotifications("helen")).anySatisfy(notification -> assertThat(notification)
        .containsEntry("caseId", caseId).hasEntrySatisfying("message", message -> assertThat((String) message).contains("was not resolved by")));
    assertThat(listed("RESOLUTION")).contains(caseId);
    assertThat(listed("true")).contains(caseId);
    assertThat(listed("CALL_BACK")).doesNotContain(caseId);
  }

  @Test
  void the_inbox_and_the_board_tell_a_resolution_overdue_from_a_call_back_overdue() throws Exception {
    Instant opened = Instant.now().minus(Duration.ofDays(21));
    String notResolved = tellCase(opened, "private", "alice", opened.plus(Duration.ofHours(2)));
    String notCalled = tellCase(opened, "private", "alice", null);
    Pages pages = new Pages(context);

    String resolutionOverdue = page(pages, "/inbox?overdue=RESOLUTION", "alice");
    String callBackOverdue = page(pages, "/inbox?overdue=CALL_BACK", "alice");
    String board = page(pages, "/team", "mike");

    assertThat(resolutionOverdue).contains("case-" + notResolved, "Resolution overdue").doesNotContain("case-" + notCalled);
    assertThat(callBackOverdue).contains("case-" + notCalled, "Call-back overdue").doesNotContain("case-" + notResolved);
    assertThat(board).contains("Call-back overdue", "Resolution overdue");
    String aliceRow = board.substring(board.indexOf("<th scope=\"row\">alice</th>"));
    aliceRow = aliceRow.substring(0, aliceRow.indexOf("</tr>"));
    assertThat(aliceRow).containsPattern("class=\"resolution-overdue overdue-count\">[1-9]");
  }

  @Test
  void no_level_fires_twice_when_the_escalation_runs_again() {
    Instant opened = Instant.now().minus(Duration.ofDays(21));
    String caseId = tellCase(opened, "private", "alice", opened.plus(Duration.ofHours(2)));
    Map<?, ?> escalated = awaitCase(caseId, c -> level(c, "resolutionEscalationLevel") == 2);

    assertThat(escalating.escalateDue(CaseId.of(caseId), CasePhase.RESOLUTION)).isEmpty();
    assertThat(escalating.escalate(CaseId.of(caseId), 2)).as("the call-back phase is over").isFalse();

    Map<?, ?> again = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(again.get("timeline").toString()).isEqualTo(escalated.get("timeline").toString());
  }

  @Test
  void an_unknown_overdue_filter_is_refused_naming_the_field() {
    ResponseEntity<String> refused = Api.as("mike", port).getForEntity("/api/cases?overdue=LATE", String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(refused.getBody()).contains("\"field\":\"overdue\"");
  }

  @Test
  void the_ladder_reassigns_to_a_named_user_and_raises_the_priority() throws Exception {
    Deployment ladder = deployDesignersLadder();
    try {
      Instant opened = Instant.now().minus(Duration.ofDays(5));
      String caseId = tellCase(opened, "ladder-to-user", "alice", null);

      Map<?, ?> body = awaitCase(caseId, c -> level(c, "escalationLevel") == 2);

      assertThat(body.get("owner")).isEqualTo("bob");
      assertThat(body.get("priority")).isEqualTo("HIGH");
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("CallBackCustomer").singleResult()
          .getAssignee()).isEqualTo("bob");
      assertThat(timelineTypes(body)).contains("REASSIGNED", "PRIORITY_RAISED");
      assertThat(timelineDetails(body))
          .anySatisfy(detail -> assertThat(detail).contains("Escalation level 1 gave the case from alice to bob"))
          .anySatisfy(detail -> assertThat(detail).contains("Escalation level 2 raised the priority from NORMAL to HIGH"));
      assertThat(unreadNotifications("bob")).anySatisfy(notification -> assertThat(notification)
          .containsEntry("type", "ASSIGNED").containsEntry("caseId", caseId));
    } finally {
      repository.deleteDeployment(ladder.getId(), true);
    }
  }

  @Test
  void the_ladder_puts_a_case_back_in_the_team_queue() throws Exception {
    Deployment ladder = deployDesignersLadder();
    try {
      Instant opened = Instant.now().minus(Duration.ofDays(5));
      String caseId = tellCase(opened, "ladder-to-queue", "alice", null);

      Map<?, ?> body = awaitCase(caseId, c -> level(c, "escalationLevel") == 1);

      assertThat(body.get("owner")).isNull();
      assertThat(body.get("status")).isEqualTo("OPEN");
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("CallBackCustomer").singleResult()
          .getAssignee()).isNull();
      assertThat(timelineDetails(body))
          .anySatisfy(detail -> assertThat(detail).contains("Escalation level 1 took the case from alice back to the team queue"));
      assertThat(content(Api.as("bob", port).getForObject("/api/cases?status=OPEN&overdue=CALL_BACK&size=200", Map.class)))
          .extracting(listedCase -> listedCase.get("id")).contains(caseId);
    } finally {
      repository.deleteDeployment(ladder.getId(), true);
    }
  }

  /**
   * Tells a case's past in one transaction, so that its process has moved past every step before
   * its timers can fire: answered and opened at {@code opened}, claimed by {@code owner}, reached
   * at {@code reached} (if given).
   */
  private String tellCase(Instant opened, String segment, String owner, Instant reached) {
    String externalId = "ladder-it-" + UUID.randomUUID();
    NewResponse response = new NewResponse(externalId, 5, "Nobody called", opened, "website", null, null, null, "DK", "da",
        new CustomerDetails("customer-" + externalId, "Ladder Customer", "ladder@example.com", null, segment, null, null));
    return new TransactionTemplate(transactions).execute(status -> {
      String caseId = clock.at(opened, () -> receiving.receive(response, true, "admin")).caseId().toString();
      clock.at(opened.plusSeconds(60), () -> claiming.claim(CaseId.of(caseId), owner));
      if (reached != null) {
        clock.at(reached, () -> logging.log(new LogContactAttempt(CaseId.of(caseId), Channel.PHONE, true, "Talked", owner)));
      }
      return caseId;
    });
  }

  /** The shipped table with rows for two test segments in front; the shipped rows leave those segments out. */
  private Deployment deployDesignersLadder() throws Exception {
    String shipped = Files.readString(Path.of("bpmn/escalation-ladder.dmn"));
    String otherSegments = "<text>not(\"ladder-to-user\",\"ladder-to-queue\")</text>";
    String table = shipped.replaceAll("(<inputEntry id=\"Rule\\w+Segment\">)<text></text>", "$1" + otherSegments)
        .replace("<rule id=\"RuleCallBackManagers\">", String.join("\n",
            row("ToUser", "\"ladder-to-user\"", "1", "0", "\"USER\"", "\"mike\"", "\"REASSIGN_TO_USER\"", "\"bob\""),
            row("Raise", "\"ladder-to-user\"", "2", "4", "\"TEAM_MANAGERS\"", "", "\"RAISE_PRIORITY\"", ""),
            row("ToQueue", "\"ladder-to-queue\"", "1", "0", "\"TEAM\"", "", "\"REASSIGN_TO_TEAM_QUEUE\"", ""))
            + "\n<rule id=\"RuleCallBackManagers\">");
    assertThat(table).contains("not(\"ladder-to-user\"");
    return repository.createDeployment().name("designers-ladder-" + UUID.randomUUID()).addString("escalation-ladder.dmn", table)
        .deploy();
  }

  private static String page(Pages pages, String url, String user) throws Exception {
    return pages.mvc().perform(get(url).with(pages.as(user)).locale(java.util.Locale.ENGLISH)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private static String row(String id, String segment, String... outputs) {
    StringBuilder row = new StringBuilder("<rule id=\"RuleIt" + id + "\">")
        .append("<inputEntry id=\"RuleIt").append(id).append("Phase\"><text>\"CALL_BACK\"</text></inputEntry>")
        .append("<inputEntry id=\"RuleIt").append(id).append("Priority\"><text></text></inputEntry>")
        .append("<inputEntry id=\"RuleIt").append(id).append("Team\"><text></text></inputEntry>")
        .append("<inputEntry id=\"RuleIt").append(id).append("Segment\"><text>").append(segment).append("</text></inputEntry>");
    for (int output = 0; output < outputs.length; output++) {
      row.append("<outputEntry id=\"RuleIt").append(id).append("Out").append(output).append("\"><text>").append(outputs[output])
          .append("</text></outputEntry>");
    }
    return row.append("</rule>").toString();
  }

  private Map<?, ?> awaitCase(String caseId, Predicate<Map<?, ?>> done) {
    Instant until = Instant.now().plus(PATIENCE);
    Map<?, ?> body = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    while (!done.test(body) && Instant.now().isBefore(until)) {
      sleep();
      body = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    }
    assertThat(done.test(body)).as("the job executor escalated the case in time: " + body).isTrue();
    return body;
  }

  private List<Object> listed(String overdue) {
    return content(Api.as("mike", port).getForObject("/api/cases?overdue={overdue}&size=200&sort=createdAt,desc", Map.class, overdue))
        .stream().map(listedCase -> listedCase.get("id")).toList();
  }

  private List<Map<String, Object>> unreadNotifications(String user) {
    return content(Api.as(user, port).getForObject("/api/notifications?unread=true&size=200", Map.class));
  }

  private static int level(Map<?, ?> body, String field) {
    return ((Number) body.get(field)).intValue();
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
