package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.WebhookReceiver;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two full improvement cycles through the API (and one task through Tasklist's task service), on the embedded PostgreSQL. */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ImprovementCycleIT {

  private static final List<String> EVERYONE = List.of("alice", "bob", "mike", "helen", "dana", "lea", "admin");

  @LocalServerPort
  int port;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identity;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ManagementService management;

  @Test
  void two_cycles_choose_by_votes_follow_up_the_chosen_ideas_carry_the_rest_over_and_evaluate_with_the_touchpoints_nps() {
    String touchpoint = "tp-" + UUID.randomUUID().toString().substring(0, 8);
    TestRestTemplate mike = Api.as("mike", port);
    TestRestTemplate alice = Api.as("alice", port);
    WebhookReceiver receiver = WebhookReceiver.start();
    String hook = "/ideas-" + touchpoint;
    Map webhook = Api.as("admin", port).postForObject("/api/webhooks",
        Map.of("url", receiver.url(hook), "events", List.of("idea.selected", "idea.done")), Map.class);
    String staffIdea = id(alice.postForEntity("/api/ideas",
        Map.of("title", "Answer the phone within a minute", "horizon", "SHORT_TERM", "touchpoint", touchpoint), Map.class));

    assertThat(alice.postForEntity("/api/improvement-cycles", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> started = mike.postForEntity("/api/improvement-cycles", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String first = id(started);
    assertThat(started.getBody()).containsEntry("status", "MEETING").containsEntry("trigger", "MANUAL");
    assertThat(ids((List) agenda(started.getBody()).get("newIdeas"))).contains(staffIdea);
    assertThat(mike.postForEntity("/api/improvement-cycles", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    management.executeJob(scheduleJob().getId());
    Map skipped = ((List<Map>) mike.getForObject("/api/improvement-cycles?size=200", Map.class).get("content")).get(0);
    assertThat(skipped).containsEntry("status", "SKIPPED").containsEntry("trigger", "SCHEDULE").containsEntry("number", null);
    assertThat((String) skipped.get("note")).contains("was still running");

    String quickWin = meetingIdea(first, "Blue", "Call back the same day", "SHORT_TERM", touchpoint, HttpStatus.CREATED);
    String secondWin = meetingIdea(first, "Blue", "A calmer hold music", "SHORT_TERM", touchpoint, HttpStatus.CREATED);
    String bigChange = meetingIdea(first, "Blue", "Self-service portal", "LONG_TERM", touchpoint, HttpStatus.CREATED);
    meetingIdea(first, "blue", "A third quick idea", "SHORT_TERM", touchpoint, HttpStatus.CONFLICT);
    String otherBig = meetingIdea(first, "Red", "New phone system", "LONG_TERM", touchpoint, HttpStatus.CREATED);
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, quickWin)).containsEntry("origin", "MEETING").containsEntry("meetingGroup", "Blue");

    vote(quickWin, 6);
    vote(secondWin, 5);
    vote(staffIdea, 3);
    vote(bigChange, 5);
    vote(otherBig, 1);
    ResponseEntity<Map> again = alice.postForEntity("/api/ideas/{id}/votes", null, Map.class, quickWin);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    int firstNumber = ((Number) started.getBody().get("number")).intValue();
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, quickWin)).containsEntry("votes", 6);

    Map closed = mike.postForObject("/api/improvement-cycles/{id}/meeting-closed", null, Map.class, first);
    assertThat(closed).containsEntry("status", "SELECTING");
    assertThat(choiceIds(closed, "ruleChoice")).containsExactly(quickWin, secondWin, bigChange);
    ResponseEntity<Map> betweenMeetings = Api.as("dana", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, staffIdea);
    assertThat(betweenMeetings.getBody()).containsEntry("cycle", firstNumber + 1);

    ResponseEntity<Map> lonelyGroup = mike.postForEntity("/api/improvement-cycles/{id}/selection",
        Map.of("workingGroup", List.of("alice")), Map.class, first);
    assertThat(lonelyGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(lonelyGroup)).contains("workingGroup");
    ResponseEntity<Map> silentOverride = mike.postForEntity("/api/improvement-cycles/{id}/selection",
        Map.of("ideaIds", List.of(staffIdea, quickWin, bigChange), "workingGroup", List.of("alice", "bob")), Map.class, first);
    assertThat(fields(silentOverride)).contains("reason");

    Map selected = mike.postForObject("/api/improvement-cycles/{id}/selection",
        Map.of("owners", Map.of(quickWin, "bob"), "workingGroup", List.of("alice", "bob", "helen")), Map.class, first);
    assertThat(selected).containsEntry("status", "FOLLOWING_UP");
    assertThat(choiceIds(selected, "chosen")).containsExactly(quickWin, secondWin, bigChange);
    List<Map> openTasks = (List<Map>) selected.get("openTasks");
    assertThat(openTasks).extracting(task -> task.get("step") + " " + task.get("assignee"))
        .containsExactlyInAnyOrder("CarryOutIdea bob", "CarryOutIdea alice", "PreparePlan null");
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, staffIdea)).containsEntry("status", "PROPOSED");

    assertThat(Api.as("dana", port).postForEntity("/api/ideas/{id}/done", Map.of(), Map.class, quickWin).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map done = Api.as("bob", port).postForObject("/api/ideas/{id}/done", Map.of("note", "Same-day call-backs since Monday"), Map.class, quickWin);
    assertThat(done).containsEntry("status", "DONE").containsEntry("owner", "bob");
    assertThat(done.get("doneAt")).isNotNull();
    assertThat(Api.as("bob", port).postForEntity("/api/ideas/{id}/done", Map.of(), Map.class, quickWin).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo(hook).size() >= 4);
    Api.as("admin", port).delete("/api/webhooks/{id}", webhook.get("id"));
    receiver.close();
    assertThat(receiver.callsTo(hook)).allSatisfy(call -> assertThat(call.signedWith((String) webhook.get("secret"))).isTrue())
        .extracting(call -> call.json().path("type").asText() + " " + call.json().path("data").path("ideaId").asText())
        .containsExactlyInAnyOrder("idea.selected " + quickWin, "idea.selected " + secondWin, "idea.selected " + bigChange,
            "idea.done " + quickWin);
    assertThat(receiver.callsTo(hook, "idea.selected").get(0).json().path("data").path("cycleNumber").asInt()).isEqualTo(firstNumber);
    Map planned = Api.as("helen", port).postForObject("/api/ideas/{id}/plan", Map.of("plan", "Pilot with 50 customers"), Map.class, bigChange);
    assertThat(planned).containsEntry("status", "IN_PROGRESS").containsEntry("plan", "Pilot with 50 customers");
    assertThat((List<String>) planned.get("workingGroup")).containsExactly("alice", "bob", "helen");

    Instant doneAt = Instant.now().minus(Duration.ofDays(20));
    jdbc.sql("update idea set done_at = :at where id = :id").param("at", Timestamp.from(doneAt)).param("id", UUID.fromString(quickWin)).update();
    responses(touchpoint, doneAt.minus(Duration.ofDays(10)), 3, 9, 5);
    responses(touchpoint, doneAt.minus(Duration.ofDays(50)), 0, 0);
    responses(touchpoint, doneAt.plus(Duration.ofDays(5)), 10, 9, 7);

    ResponseEntity<Map> next = mike.postForEntity("/api/improvement-cycles", null, Map.class);
    assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String second = id(next);
    assertThat(next.getBody()).containsEntry("number", firstNumber + 1);
    Map firstNow = mike.getForObject("/api/improvement-cycles/{id}", Map.class, first);
    assertThat(firstNow).containsEntry("status", "CLOSED");
    assertThat((List) firstNow.get("openTasks")).isEmpty();
    Map agenda = agenda(next.getBody());
    assertThat(ids((List) agenda.get("dueForEvaluation"))).containsExactlyInAnyOrder(quickWin, secondWin, bigChange);
    assertThat(ids((List) agenda.get("backlog"))).contains(staffIdea);
    assertThat(ids((List) next.getBody().get("ballot"))).contains(staffIdea, otherBig);
    assertThat((List<Map>) next.getBody().get("openTasks")).extracting(task -> task.get("step")).containsOnly("EvaluateIdea").hasSize(3);

    Map evaluated = mike.postForObject("/api/improvement-cycles/{id}/evaluations",
        Map.of("ideaId", quickWin, "implemented", true, "effect", "Fewer repeat calls"), Map.class, second);
    Map evaluation = ((List<Map>) evaluated.get("evaluations")).get(0);
    assertThat(evaluation).containsEntry("ideaId", quickWin).containsEntry("implemented", true)
        .containsEntry("responsesBefore", 3).containsEntry("npsBefore", -33.3)
        .containsEntry("responsesAfter", 3).containsEntry("npsAfter", 66.7);
    assertThat(mike.postForEntity("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", quickWin, "implemented", true), Map.class, second)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(mike.postForEntity("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", secondWin), Map.class, second)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    evaluateInTasklist(second, secondWin, false);
    mike.postForObject("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", bigChange, "implemented", false,
        "effect", "The pilot starts next month"), Map.class, second);
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, quickWin)).containsEntry("status", "EVALUATED");
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, secondWin)).containsEntry("status", "PROPOSED").containsEntry("owner", null);
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, bigChange)).containsEntry("status", "IN_PROGRESS");

    vote(staffIdea, 2);
    assertThat(mike.postForObject("/api/improvement-cycles/{id}/meeting-closed", null, Map.class, second)).containsEntry("status", "SELECTING");
    Map secondSelection = mike.postForObject("/api/improvement-cycles/{id}/selection", Map.of(), Map.class, second);
    assertThat(choiceIds(secondSelection, "chosen")).startsWith(staffIdea).doesNotContain(otherBig);
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, staffIdea)).containsEntry("status", "SELECTED").containsEntry("owner", "alice");

    List<Map> carryOut = alice.getForObject("/engine-rest/task?taskDefinitionKey=CarryOutIdea&processInstanceBusinessKey={cycle}&assignee=alice",
        List.class, second);
    assertThat(carryOut).hasSize(1);
    assertThat(alice.postForEntity("/engine-rest/task/{id}/complete", Map.of("variables", Map.of("doneNote", Map.of("value", "Live", "type", "String"))),
        Void.class, carryOut.get(0).get("id")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map doneInTasklist = alice.getForObject("/api/ideas/{id}", Map.class, staffIdea);
    assertThat(doneInTasklist).containsEntry("status", "DONE");
    assertThat(((List<Map>) doneInTasklist.get("timeline")).get(((List) doneInTasklist.get("timeline")).size() - 1))
        .containsEntry("type", "DONE").containsEntry("actor", "alice").containsEntry("detail", "Done: Live");

    management.executeJob(scheduleJob().getId());
    Map scheduled = ((List<Map>) mike.getForObject("/api/improvement-cycles?size=200", Map.class).get("content")).get(0);
    assertThat(scheduled).containsEntry("status", "MEETING").containsEntry("trigger", "SCHEDULE").containsEntry("number", firstNumber + 2);
    Map third = mike.getForObject("/api/improvement-cycles/{id}", Map.class, scheduled.get("id"));
    assertThat(ids((List) agenda(third).get("dueForEvaluation"))).contains(staffIdea, bigChange);
    assertThat(mike.getForObject("/api/improvement-cycles/{id}", Map.class, second)).containsEntry("status", "CLOSED");

    Map quickWinNow = alice.getForObject("/api/ideas/{id}", Map.class, quickWin);
    assertThat(types(quickWinNow)).containsSubsequence("PROPOSED", "VOTED", "SELECTED", "DONE", "EVALUATED");
    assertThat(types(alice.getForObject("/api/ideas/{id}", Map.class, staffIdea))).containsSubsequence("PROPOSED", "NOT_SELECTED", "SELECTED");
    assertThat(ids((List) alice.getForObject("/api/improvement-cycles?size=200", Map.class).get("content"))).contains(first, second);
  }

  @Test
  void a_manager_merges_a_duplicate_and_its_votes_move_over_without_counting_a_voter_twice() {
    TestRestTemplate alice = Api.as("alice", port);
    String kept = id(alice.postForEntity("/api/ideas", Map.of("title", "Shorter phone menu", "horizon", "SHORT_TERM"), Map.class));
    String duplicate = id(alice.postForEntity("/api/ideas", Map.of("title", "Fewer menu choices on the phone", "horizon", "SHORT_TERM"),
        Map.class));
    Api.as("bob", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, kept);
    Api.as("bob", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, duplicate);
    Api.as("lea", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, duplicate);

    assertThat(alice.postForEntity("/api/ideas/{id}/merge", Map.of("into", kept), Map.class, duplicate).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as("mike", port).postForObject("/api/ideas/{id}/merge", Map.of("into", kept), Map.class, duplicate))
        .containsEntry("votes", 1);

    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, kept)).containsEntry("votes", 2);
    assertThat(alice.getForObject("/api/ideas/{id}", Map.class, duplicate)).containsEntry("status", "REJECTED")
        .containsEntry("mergedInto", kept).containsEntry("reason", "merged into " + kept);
    assertThat(Api.as("mike", port).postForEntity("/api/ideas/{id}/merge", Map.of("into", kept), Map.class, duplicate).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void a_rejected_idea_keeps_its_reason_and_takes_no_more_votes() {
    String idea = id(Api.as("bob", port).postForEntity("/api/ideas", Map.of("title", "Free coffee in the shop", "horizon", "SHORT_TERM"),
        Map.class));

    ResponseEntity<Map> noReason = Api.as("mike", port).postForEntity("/api/ideas/{id}/rejection", Map.of("reason", " "), Map.class, idea);
    assertThat(fields(noReason)).containsExactly("reason");
    assertThat(Api.as("bob", port).postForEntity("/api/ideas/{id}/rejection", Map.of("reason", "no"), Map.class, idea).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map rejected = Api.as("mike", port).postForObject("/api/ideas/{id}/rejection", Map.of("reason", "Not what customers asked for"), Map.class, idea);

    assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("reason", "Not what customers asked for");
    assertThat(types(rejected)).containsExactly("PROPOSED", "REJECTED");
    assertThat(Api.as("alice", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, idea).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void resolving_a_case_is_offered_the_open_ideas_with_its_root_cause_and_touchpoint() {
    String touchpoint = "tp-" + UUID.randomUUID().toString().substring(0, 8);
    String firstCase = resolvedCase(touchpoint, Map.of("title", "Warn customers before a late delivery", "horizon", "SHORT_TERM"));
    Map caseBody = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, firstCase);
    String idea = ((String) ((List<Map>) caseBody.get("timeline")).stream().filter(entry -> "IDEA_LINKED".equals(entry.get("type")))
        .findFirst().orElseThrow().get("detail")).replaceAll(".* ", "");

    List<Map> offers = Api.as("alice", port).getForObject("/api/ideas/offers?rootCause=delivery.late&touchpoint={tp}", List.class, touchpoint);
    assertThat(ids(offers)).containsExactly(idea);
    resolvedCase(touchpoint, Map.of("id", idea));

    Map joined = Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, idea);
    assertThat((List) joined.get("cases")).hasSize(2);
    assertThat(joined).containsEntry("customers", 2);
    assertThat(Api.as("alice", port).getForObject("/api/ideas/offers?rootCause=delivery.damaged&touchpoint={tp}", List.class, touchpoint))
        .isEmpty();
  }

  private String resolvedCase(String touchpoint, Map<String, Object> idea) {
    String externalId = "idea-it-" + UUID.randomUUID();
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", externalId, "score", 4,
        "touchpoint", touchpoint, "team", "customer-service",
        "customer", Map.of("externalId", "customer-" + externalId, "name", "Idea Customer")), Map.class);
    String caseId = (String) created.getBody().get("caseId");
    TestRestTemplate alice = Api.as("alice", port);
    assertThat(alice.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
    alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true, "note", "Talked"), Map.class, caseId);
    ResponseEntity<Map> resolved = alice.postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "delivery.late",
        "outcome", "RECOVERED", "notes", "Apologised", "idea", idea), Map.class, caseId);
    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    return caseId;
  }

  private void evaluateInTasklist(String cycleId, String ideaId, boolean implemented) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(cycleId).taskDefinitionKey("EvaluateIdea").list().stream()
        .filter(candidate -> ideaId.equals(tasks.getVariable(candidate.getId(), "ideaId"))).findFirst().orElseThrow();
    identity.setAuthentication("helen", List.of("manager", "cx-leads"));
    try {
      tasks.complete(task.getId(), Map.of("implemented", implemented, "effect", "Not started"));
    } finally {
      identity.clearAuthentication();
    }
    Map idea = Api.as("helen", port).getForObject("/api/ideas/{id}", Map.class, ideaId);
    Map entry = ((List<Map>) idea.get("timeline")).stream().filter(event -> "EVALUATED".equals(event.get("type"))).findFirst().orElseThrow();
    assertThat(entry).containsEntry("actor", "helen");
  }

  private String meetingIdea(String cycleId, String group, String title, String horizon, String touchpoint, HttpStatus expected) {
    ResponseEntity<Map> created = Api.as("alice", port).postForEntity("/api/improvement-cycles/{id}/ideas",
        Map.of("group", group, "title", title, "horizon", horizon, "touchpoint", touchpoint), Map.class, cycleId);
    assertThat(created.getStatusCode()).isEqualTo(expected);
    return expected == HttpStatus.CREATED ? id(created) : null;
  }

  private void vote(String ideaId, int voters) {
    for (String voter : EVERYONE.subList(0, voters)) {
      assertThat(Api.as(voter, port).postForEntity("/api/ideas/{id}/votes", null, Map.class, ideaId).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
  }

  private void responses(String touchpoint, Instant answeredAt, int... scores) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int score : scores) {
      String externalId = "nps-it-" + UUID.randomUUID();
      Map<String, Object> response = new HashMap<>(Map.of("externalId", externalId, "score", score, "touchpoint", touchpoint,
          "answeredAt", answeredAt.toString(), "customer", Map.of("externalId", "customer-" + externalId)));
      batch.add(response);
    }
    ResponseEntity<Map> sent = Api.as("admin", port).postForEntity("/api/responses/batch?openCases=false", batch, Map.class);
    assertThat(sent.getBody()).containsEntry("created", scores.length);
  }

  /** The job of the cycle's timer start event (six weeks away, so the job executor leaves it alone). */
  private Job scheduleJob() {
    return management.createJobQuery().processDefinitionKey("improvement-cycle").timers().list().stream()
        .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
  }

  private static Map agenda(Map cycle) {
    return (Map) cycle.get("agenda");
  }

  private static List<String> choiceIds(Map cycle, String key) {
    return ((List<Map>) cycle.get(key)).stream().map(choice -> (String) choice.get("ideaId")).toList();
  }

  private static List<String> ids(List<Map> items) {
    return items.stream().map(item -> (String) item.get("id")).toList();
  }

  private static String id(ResponseEntity<Map> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
    return (String) response.getBody().get("id");
  }

  private static List<String> fields(ResponseEntity<Map> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map>) response.getBody().get("errors")).stream().map(error -> (String) error.get("field")).toList();
  }

  private static List<String> types(Map idea) {
    return ((List<Map>) idea.get("timeline")).stream().map(entry -> (String) entry.get("type")).toList();
  }
}
