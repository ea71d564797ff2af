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

/**
 * Improvement cycles through the API (and tasks through Tasklist's task service and REST API), on the
 * embedded PostgreSQL: each test runs a cycle of its own, after confirming the rule's choice for the
 * one an earlier test left running.
 */
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
  void only_a_facilitator_starts_a_cycle_and_its_agenda_lists_the_new_ideas() {
    String staffIdea = proposedByAlice("Answer the phone within a minute", "SHORT_TERM", newTouchpoint());
    finishTheRunningCycle();

    assertThat(Api.as("alice", port).postForEntity("/api/improvement-cycles", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> started = mike().postForEntity("/api/improvement-cycles", null, Map.class);

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(started.getBody()).containsEntry("status", "MEETING").containsEntry("trigger", "MANUAL");
    assertThat(ids((List) agenda(started.getBody()).get("newIdeas"))).contains(staffIdea);
  }

  @Test
  void a_second_cycle_is_refused_while_one_is_running() {
    startedCycle();

    assertThat(mike().postForEntity("/api/improvement-cycles", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void the_schedule_skips_its_cycle_while_one_is_running() {
    startedCycle();

    management.executeJob(scheduleJob().getId());

    assertThat(latestCycle()).containsEntry("status", "SKIPPED").containsEntry("trigger", "SCHEDULE").containsEntry("number", null)
        .hasEntrySatisfying("note", note -> assertThat((String) note).contains("was still running"));
  }

  @Test
  void the_schedule_opens_the_next_cycle_when_none_is_running() {
    int previous = number(cycle(startedCycle()));
    finishTheRunningCycle();

    management.executeJob(scheduleJob().getId());

    assertThat(latestCycle()).containsEntry("status", "MEETING").containsEntry("trigger", "SCHEDULE").containsEntry("number", previous + 1);
  }

  @Test
  void a_meeting_group_proposes_at_most_two_short_term_ideas() {
    String cycle = meetingCycle();
    String touchpoint = newTouchpoint();
    String quickWin = meetingIdea(cycle, "Blue", "Call back the same day", "SHORT_TERM", touchpoint, HttpStatus.CREATED);
    meetingIdea(cycle, "Blue", "A calmer hold music", "SHORT_TERM", touchpoint, HttpStatus.CREATED);

    meetingIdea(cycle, "blue", "A third quick idea", "SHORT_TERM", touchpoint, HttpStatus.CONFLICT);
    meetingIdea(cycle, "Blue", "Self-service portal", "LONG_TERM", touchpoint, HttpStatus.CREATED);
    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, quickWin))
        .containsEntry("origin", "MEETING").containsEntry("meetingGroup", "Blue");
  }

  @Test
  void each_person_votes_once_for_an_idea_and_a_vote_after_the_meeting_counts_for_the_next_cycle() {
    String cycle = meetingCycle();
    String idea = meetingIdea(cycle, "Blue", "Call back the same day", "SHORT_TERM", newTouchpoint(), HttpStatus.CREATED);
    vote(idea, 2);

    assertThat(Api.as("alice", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, idea).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, idea)).containsEntry("votes", 2);
    closeMeeting(cycle);
    assertThat(Api.as("dana", port).postForEntity("/api/ideas/{id}/votes", null, Map.class, idea).getBody())
        .containsEntry("cycle", number(cycle(cycle)) + 1);
  }

  @Test
  void closing_the_meeting_proposes_the_two_most_voted_short_term_ideas_and_the_most_voted_long_term_one() {
    VotedCycle voted = votedCycle();

    Map closed = closeMeeting(voted.cycle());

    assertThat(closed).containsEntry("status", "SELECTING");
    assertThat(choiceIds(closed, "ruleChoice")).containsExactly(voted.quickWin(), voted.secondWin(), voted.bigChange());
  }

  @Test
  void a_selection_with_a_long_term_idea_needs_a_working_group_of_at_least_two() {
    VotedCycle voted = votedCycle();
    closeMeeting(voted.cycle());

    ResponseEntity<Map> lonelyGroup = mike().postForEntity("/api/improvement-cycles/{id}/selection",
        Map.of("workingGroup", List.of("alice")), Map.class, voted.cycle());

    assertThat(fields(lonelyGroup)).contains("workingGroup");
  }

  @Test
  void a_selection_that_differs_from_the_rules_choice_needs_a_reason() {
    VotedCycle voted = votedCycle();
    closeMeeting(voted.cycle());

    ResponseEntity<Map> silentOverride = mike().postForEntity("/api/improvement-cycles/{id}/selection",
        Map.of("ideaIds", List.of(voted.staffIdea(), voted.quickWin(), voted.bigChange()), "workingGroup", List.of("alice", "bob")),
        Map.class, voted.cycle());

    assertThat(fields(silentOverride)).contains("reason");
  }

  @Test
  void the_selection_gives_each_short_term_idea_an_owner_and_asks_the_working_group_for_a_plan() {
    VotedCycle voted = votedCycle();
    closeMeeting(voted.cycle());

    Map selected = select(voted);

    assertThat(selected).containsEntry("status", "FOLLOWING_UP");
    assertThat(choiceIds(selected, "chosen")).containsExactly(voted.quickWin(), voted.secondWin(), voted.bigChange());
    assertThat((List<Map>) selected.get("openTasks")).extracting(task -> task.get("step") + " " + task.get("assignee"))
        .containsExactlyInAnyOrder("CarryOutIdea bob", "CarryOutIdea alice", "PreparePlan null");
    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, voted.staffIdea())).containsEntry("status", "PROPOSED");
  }

  @Test
  void only_the_owner_marks_a_chosen_idea_done_and_only_once() {
    VotedCycle chosen = chosenCycle();

    assertThat(Api.as("dana", port).postForEntity("/api/ideas/{id}/done", Map.of(), Map.class, chosen.quickWin()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map done = markDone(chosen.quickWin());
    assertThat(done).containsEntry("status", "DONE").containsEntry("owner", "bob");
    assertThat(done.get("doneAt")).isNotNull();
    assertThat(Api.as("bob", port).postForEntity("/api/ideas/{id}/done", Map.of(), Map.class, chosen.quickWin()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void webhooks_hear_of_each_chosen_idea_and_each_idea_done_signed_with_their_secret() {
    VotedCycle voted = votedCycle();
    closeMeeting(voted.cycle());
    String hook = "/ideas-" + voted.touchpoint();
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      Map webhook = Api.as("admin", port).postForObject("/api/webhooks",
          Map.of("url", receiver.url(hook), "events", List.of("idea.selected", "idea.done")), Map.class);
      try {
        select(voted);
        markDone(voted.quickWin());
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo(hook).size() >= 4);
      } finally {
        Api.as("admin", port).delete("/api/webhooks/{id}", webhook.get("id"));
      }

      assertThat(receiver.callsTo(hook)).allSatisfy(call -> assertThat(call.signedWith((String) webhook.get("secret"))).isTrue())
          .extracting(call -> call.json().path("type").asText() + " " + call.json().path("data").path("ideaId").asText())
          .containsExactlyInAnyOrder("idea.selected " + voted.quickWin(), "idea.selected " + voted.secondWin(),
              "idea.selected " + voted.bigChange(), "idea.done " + voted.quickWin());
      assertThat(receiver.callsTo(hook, "idea.selected").get(0).json().path("data").path("cycleNumber").asInt())
          .isEqualTo(number(cycle(voted.cycle())));
    }
  }

  @Test
  void the_working_group_presents_the_plan_of_the_long_term_idea() {
    VotedCycle chosen = chosenCycle();

    Map planned = Api.as("helen", port).postForObject("/api/ideas/{id}/plan", Map.of("plan", "Pilot with 50 customers"), Map.class,
        chosen.bigChange());

    assertThat(planned).containsEntry("status", "IN_PROGRESS").containsEntry("plan", "Pilot with 50 customers");
    assertThat((List<String>) planned.get("workingGroup")).containsExactly("alice", "bob", "helen");
  }

  @Test
  void the_next_cycle_closes_the_last_one_and_puts_its_chosen_ideas_up_for_evaluation() {
    VotedCycle chosen = chosenCycle();

    ResponseEntity<Map> next = mike().postForEntity("/api/improvement-cycles", null, Map.class);

    assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(next.getBody()).containsEntry("number", number(cycle(chosen.cycle())) + 1);
    Map last = cycle(chosen.cycle());
    assertThat(last).containsEntry("status", "CLOSED");
    assertThat((List) last.get("openTasks")).isEmpty();
    Map agenda = agenda(next.getBody());
    assertThat(ids((List) agenda.get("dueForEvaluation"))).contains(chosen.quickWin(), chosen.secondWin(), chosen.bigChange());
    assertThat(ids((List) agenda.get("backlog"))).contains(chosen.staffIdea());
    assertThat(ids((List) next.getBody().get("ballot"))).contains(chosen.staffIdea(), chosen.otherBig());
    assertThat((List<Map>) next.getBody().get("openTasks")).filteredOn(task -> "EvaluateIdea".equals(task.get("step")))
        .extracting(task -> task.get("ideaId")).contains(chosen.quickWin(), chosen.secondWin(), chosen.bigChange());
    assertThat(ids((List) mike().getForObject("/api/improvement-cycles?size=200", Map.class).get("content")))
        .contains(chosen.cycle(), id(next));
  }

  @Test
  void an_evaluation_compares_the_touchpoints_nps_before_and_after_the_idea_was_done() {
    VotedCycle chosen = chosenCycle();
    markDone(chosen.quickWin());
    Instant doneAt = Instant.now().minus(Duration.ofDays(20));
    jdbc.sql("update idea set done_at = :at where id = :id").param("at", Timestamp.from(doneAt))
        .param("id", UUID.fromString(chosen.quickWin())).update();
    responses(chosen.touchpoint(), doneAt.minus(Duration.ofDays(10)), 3, 9, 5);
    responses(chosen.touchpoint(), doneAt.minus(Duration.ofDays(50)), 0, 0);
    responses(chosen.touchpoint(), doneAt.plus(Duration.ofDays(5)), 10, 9, 7);
    String next = startedCycle();

    Map evaluated = mike().postForObject("/api/improvement-cycles/{id}/evaluations",
        Map.of("ideaId", chosen.quickWin(), "implemented", true, "effect", "Fewer repeat calls"), Map.class, next);

    assertThat(((List<Map>) evaluated.get("evaluations")).get(0)).containsEntry("ideaId", chosen.quickWin())
        .containsEntry("implemented", true)
        .containsEntry("responsesBefore", 3).containsEntry("npsBefore", -33.3)
        .containsEntry("responsesAfter", 3).containsEntry("npsAfter", 66.7);
    Map quickWin = Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, chosen.quickWin());
    assertThat(quickWin).containsEntry("status", "EVALUATED");
    assertThat(types(quickWin)).containsSubsequence("PROPOSED", "VOTED", "SELECTED", "DONE", "EVALUATED");
  }

  @Test
  void an_idea_is_evaluated_once_and_only_saying_whether_it_was_carried_out() {
    VotedCycle chosen = chosenCycle();
    markDone(chosen.quickWin());
    String next = startedCycle();
    mike().postForObject("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", chosen.quickWin(), "implemented", true),
        Map.class, next);
    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, chosen.quickWin())).containsEntry("status", "EVALUATED");

    assertThat(mike().postForEntity("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", chosen.quickWin(), "implemented", true),
        Map.class, next).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(mike().postForEntity("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", chosen.secondWin()), Map.class, next)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void a_short_term_idea_evaluated_in_tasklist_as_not_carried_out_goes_back_to_the_backlog_without_an_owner() {
    VotedCycle chosen = chosenCycle();
    String next = startedCycle();

    evaluateInTasklist(next, chosen.secondWin(), false);

    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, chosen.secondWin()))
        .containsEntry("status", "PROPOSED").containsEntry("owner", null);
  }

  @Test
  void a_long_term_idea_not_carried_out_yet_stays_in_progress_after_its_evaluation() {
    VotedCycle chosen = chosenCycle();
    Api.as("helen", port).postForObject("/api/ideas/{id}/plan", Map.of("plan", "Pilot with 50 customers"), Map.class, chosen.bigChange());
    String next = startedCycle();

    mike().postForObject("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", chosen.bigChange(), "implemented", false,
        "effect", "The pilot starts next month"), Map.class, next);

    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, chosen.bigChange())).containsEntry("status", "IN_PROGRESS");
  }

  @Test
  void an_idea_not_chosen_stays_in_the_backlog_and_is_chosen_in_a_later_cycle_when_it_leads_the_votes() {
    VotedCycle chosen = chosenCycle();
    String next = meetingCycle();
    vote(chosen.staffIdea(), 4);

    Map closed = closeMeeting(next);
    assertThat(choiceIds(closed, "ruleChoice")).startsWith(chosen.staffIdea()).doesNotContain(chosen.otherBig());
    mike().postForObject("/api/improvement-cycles/{id}/selection", Map.of("ideaIds", List.of(chosen.staffIdea()),
        "reason", "Only the idea that leads the votes"), Map.class, next);

    Map staffIdea = Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, chosen.staffIdea());
    assertThat(staffIdea).containsEntry("status", "SELECTED").containsEntry("owner", "alice");
    assertThat(types(staffIdea)).containsSubsequence("PROPOSED", "NOT_SELECTED", "SELECTED");
  }

  @Test
  void a_chosen_idea_completed_in_tasklist_is_done_with_its_note_on_the_timeline() {
    VotedCycle chosen = chosenCycle();
    TestRestTemplate alice = Api.as("alice", port);
    List<Map> carryOut = alice.getForObject(
        "/engine-rest/task?taskDefinitionKey=CarryOutIdea&processInstanceBusinessKey={cycle}&assignee=alice", List.class, chosen.cycle());
    assertThat(carryOut).hasSize(1);

    assertThat(alice.postForEntity("/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of("doneNote", Map.of("value", "Live", "type", "String"))), Void.class, carryOut.get(0).get("id"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map done = alice.getForObject("/api/ideas/{id}", Map.class, chosen.secondWin());
    assertThat(done).containsEntry("status", "DONE");
    List<Map> timeline = (List<Map>) done.get("timeline");
    assertThat(timeline.get(timeline.size() - 1)).containsEntry("type", "DONE").containsEntry("actor", "alice")
        .containsEntry("detail", "Done: Live");
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

  /**
   * The ideas of a cycle whose meeting is open and voted: a staff idea and four meeting ideas on a
   * touchpoint of their own, the votes making the two quick wins and the big change the rule's choice.
   */
  private record VotedCycle(String cycle, String touchpoint, String staffIdea, String quickWin, String secondWin, String bigChange,
      String otherBig) {}

  private VotedCycle votedCycle() {
    String touchpoint = newTouchpoint();
    String staffIdea = proposedByAlice("Answer the phone within a minute", "SHORT_TERM", touchpoint);
    String cycle = meetingCycle();
    String quickWin = meetingIdea(cycle, "Blue", "Call back the same day", "SHORT_TERM", touchpoint, HttpStatus.CREATED);
    String secondWin = meetingIdea(cycle, "Blue", "A calmer hold music", "SHORT_TERM", touchpoint, HttpStatus.CREATED);
    String bigChange = meetingIdea(cycle, "Blue", "Self-service portal", "LONG_TERM", touchpoint, HttpStatus.CREATED);
    String otherBig = meetingIdea(cycle, "Red", "New phone system", "LONG_TERM", touchpoint, HttpStatus.CREATED);
    vote(quickWin, 6);
    vote(secondWin, 5);
    vote(staffIdea, 3);
    vote(bigChange, 5);
    vote(otherBig, 1);
    return new VotedCycle(cycle, touchpoint, staffIdea, quickWin, secondWin, bigChange, otherBig);
  }

  /** A voted cycle following up the rule's choice: the first quick win owned by bob, the second by its author alice. */
  private VotedCycle chosenCycle() {
    VotedCycle voted = votedCycle();
    closeMeeting(voted.cycle());
    assertThat(select(voted)).containsEntry("status", "FOLLOWING_UP");
    return voted;
  }

  private Map select(VotedCycle voted) {
    return mike().postForObject("/api/improvement-cycles/{id}/selection",
        Map.of("owners", Map.of(voted.quickWin(), "bob"), "workingGroup", List.of("alice", "bob", "helen")), Map.class, voted.cycle());
  }

  private Map closeMeeting(String cycle) {
    return mike().postForObject("/api/improvement-cycles/{id}/meeting-closed", null, Map.class, cycle);
  }

  private Map markDone(String ideaId) {
    return Api.as("bob", port).postForObject("/api/ideas/{id}/done", Map.of("note", "Same-day call-backs since Monday"), Map.class, ideaId);
  }

  /** A new cycle started by hand, once the one an earlier test left running has its selection. */
  private String startedCycle() {
    finishTheRunningCycle();
    ResponseEntity<Map> started = mike().postForEntity("/api/improvement-cycles", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return id(started);
  }

  /**
   * Closes the meeting of any cycle still running and confirms the selection rule's choice (with a
   * working group when it holds a long-term idea), so that a new cycle may start: the cycle then
   * follows up its choice, or closes at once when the rule chose nothing.
   */
  private void finishTheRunningCycle() {
    List<Map> cycles = (List<Map>) mike().getForObject("/api/improvement-cycles?size=200", Map.class).get("content");
    for (Map listed : cycles) {
      String id = (String) listed.get("id");
      if ("MEETING".equals(listed.get("status"))) {
        evaluateWhatIsDue(id);
        closeMeeting(id);
      }
      if ("MEETING".equals(listed.get("status")) || "SELECTING".equals(listed.get("status"))) {
        boolean longTerm = ((List<Map>) cycle(id).get("ruleChoice")).stream().anyMatch(choice -> "LONG_TERM".equals(choice.get("horizon")));
        Map<String, Object> selection = longTerm ? Map.of("workingGroup", List.of("alice", "bob")) : Map.of();
        Map selected = mike().postForObject("/api/improvement-cycles/{id}/selection", selection, Map.class, id);
        assertThat(selected.get("status")).as("following up its choice, or closed when nothing was chosen")
            .isNotIn("MEETING", "SELECTING");
      }
    }
  }

  /** Evaluates each idea the cycle's meeting waits on as not carried out, so that its meeting may close. */
  private void evaluateWhatIsDue(String cycleId) {
    for (Map task : (List<Map>) cycle(cycleId).get("openTasks")) {
      if ("EvaluateIdea".equals(task.get("step"))) {
        mike().postForObject("/api/improvement-cycles/{id}/evaluations", Map.of("ideaId", task.get("ideaId"), "implemented", false),
            Map.class, cycleId);
      }
    }
  }

  /** A new cycle whose meeting is open with nothing left to evaluate. */
  private String meetingCycle() {
    String cycle = startedCycle();
    evaluateWhatIsDue(cycle);
    return cycle;
  }

  private Map latestCycle() {
    return ((List<Map>) mike().getForObject("/api/improvement-cycles?size=200", Map.class).get("content")).get(0);
  }

  private Map cycle(String cycleId) {
    return mike().getForObject("/api/improvement-cycles/{id}", Map.class, cycleId);
  }

  private static int number(Map cycle) {
    return ((Number) cycle.get("number")).intValue();
  }

  private String proposedByAlice(String title, String horizon, String touchpoint) {
    return id(Api.as("alice", port).postForEntity("/api/ideas", Map.of("title", title, "horizon", horizon, "touchpoint", touchpoint),
        Map.class));
  }

  private static String newTouchpoint() {
    return "tp-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private TestRestTemplate mike() {
    return Api.as("mike", port);
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
