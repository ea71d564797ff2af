package io.closedloop.identity;

import static io.closedloop.support.CaseJson.timeline;
import static io.closedloop.support.CaseJson.timelineDetails;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.WebappSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks a user with a demo login could make through the engine's own doors (the webapps'
 * API behind the page login, {@code /engine-rest} with HTTP Basic): each is refused, and nothing
 * changed; the same steps by those who may take them work the case like our API.
 */
@IntegrationTest
class EngineDoorsIT {

  private static final String WEBAPP_API = "/camunda/api/engine/engine/default";
  private static final List<String> DEMO_USERS = List.of("alice", "bob", "mike", "helen", "dana", "lea", "admin", "wall");

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  Directory directory;

  @Test
  void an_agent_in_the_webapps_cannot_create_users_grant_admin_set_passwords_or_delete_a_case_process() {
    for (String user : List.of("alice", "lea")) {
      WebappSession session = WebappSession.of(user, user, port);
      String intruder = "intruder" + UUID.randomUUID().toString().substring(0, 8);

      assertThat(session.send("POST", WEBAPP_API + "/user/create",
          "{\"profile\":{\"id\":\"" + intruder + "\",\"firstName\":\"I\",\"lastName\":\"N\"},\"credentials\":{\"password\":\"pw-" + intruder + "\"}}")
          .statusCode()).as("%s creating a user", user).isEqualTo(403);
      assertThat(identity.createUserQuery().userId(intruder).count()).isZero();

      assertThat(session.send("PUT", WEBAPP_API + "/group/admin/members/" + user, null).statusCode())
          .as("%s joining admin", user).isEqualTo(403);
      assertThat(identity.createUserQuery().userId(user).memberOfGroup("admin").count()).isZero();

      assertThat(session.send("PUT", WEBAPP_API + "/user/bob/credentials",
          "{\"password\":\"taken-over\",\"authenticatedUserPassword\":\"" + user + "\"}").statusCode())
          .as("%s setting bob's password", user).isEqualTo(403);
      assertThat(identity.checkPassword("bob", "bob")).isTrue();

      String caseId = Detractors.newCase(port, 5, null, "Webapp Attack");
      String processInstance = processOf(caseId);
      assertThat(session.send("DELETE", WEBAPP_API + "/process-instance/" + processInstance, null).statusCode())
          .as("%s deleting a case's process", user).isEqualTo(403);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstance).count()).isEqualTo(1);
    }
  }

  @Test
  void an_admin_in_the_webapps_still_administers_users() {
    WebappSession admin = WebappSession.of("admin", "admin", port);
    String user = "newcomer" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> created = admin.send("POST", WEBAPP_API + "/user/create",
        "{\"profile\":{\"id\":\"" + user + "\",\"firstName\":\"New\",\"lastName\":\"Comer\"},\"credentials\":{\"password\":\"pw-" + user + "\"}}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    assertThat(identity.createUserQuery().userId(user).count()).isEqualTo(1);
  }

  @Test
  void an_agent_of_another_team_neither_sees_nor_takes_nor_completes_a_case_task() {
    String olga = agentOf("billing");
    String caseId = Detractors.newCase(port, 5, null, "Other Team Customer");
    Task callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();

    assertThat(rest(olga, "GET", "/engine-rest/task?processInstanceBusinessKey=" + caseId, null).body()).isEqualTo("[]");
    assertThat(rest(olga, "GET", "/engine-rest/task/" + callBack.getId() + "/variables", null).statusCode()).isEqualTo(403);
    assertThat(rest(olga, "POST", "/engine-rest/task/" + callBack.getId() + "/assignee", "{\"userId\":\"" + olga + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(rest(olga, "POST", "/engine-rest/task/" + callBack.getId() + "/claim", "{\"userId\":\"" + olga + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(rest(olga, "POST", "/engine-rest/task/" + callBack.getId() + "/complete",
        "{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"reached\":{\"value\":true}}}").statusCode()).isEqualTo(403);

    Map<?, ?> unchanged = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(unchanged.get("owner")).isNull();
    assertThat(unchanged.get("status")).isEqualTo("OPEN");
    assertThat(tasks.createTaskQuery().taskId(callBack.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void an_agent_claims_in_tasklist_but_cannot_give_the_task_to_someone_else() {
    String caseId = Detractors.newCase(port, 5, null, "Claimed In Tasklist");
    Task callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();

    assertThat(rest("alice", "POST", "/engine-rest/task/" + callBack.getId() + "/assignee", "{\"userId\":\"bob\"}").statusCode())
        .isEqualTo(403);
    assertThat(rest("alice", "POST", "/engine-rest/task/" + callBack.getId() + "/claim", "{\"userId\":\"alice\"}").statusCode())
        .isEqualTo(204);

    Map<?, ?> claimed = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(claimed.get("owner")).isEqualTo("alice");
    assertThat(timelineDetails(claimed)).contains("alice claimed the case");
  }

  @Test
  void only_a_manager_of_the_case_team_gives_its_task_to_a_member_of_that_team() {
    String otherManager = managerOf("billing");
    String caseId = Detractors.newCase(port, 5, null, "Reassigned In Tasklist");
    Task callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();

    assertThat(rest(otherManager, "POST", "/engine-rest/task/" + callBack.getId() + "/assignee", "{\"userId\":\"bob\"}").statusCode())
        .as("a manager of another team").isEqualTo(403);
    assertThat(rest("mike", "POST", "/engine-rest/task/" + callBack.getId() + "/assignee", "{\"userId\":\"" + otherManager + "\"}")
        .statusCode()).as("to someone outside the team").isEqualTo(400);
    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("owner")).isNull();

    assertThat(rest("mike", "POST", "/engine-rest/task/" + callBack.getId() + "/assignee", "{\"userId\":\"bob\"}").statusCode())
        .isEqualTo(204);

    Map<?, ?> assigned = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(assigned.get("owner")).isEqualTo("bob");
    assertThat(timelineDetails(assigned)).anySatisfy(detail -> assertThat(detail).contains("Assigned to bob: assigned in Tasklist"));
  }

  @Test
  void a_form_completed_through_the_engine_is_checked_like_the_api_and_the_task_stays_open_when_refused() {
    String caseId = Detractors.newCase(port, 5, null, "Completed In Tasklist");
    Api.as("bob", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    String callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

    HttpResponse<String> badChannel = rest("bob", "POST", "/engine-rest/task/" + callBack + "/complete",
        "{\"variables\":{\"channel\":{\"value\":\"PIGEON\"},\"reached\":{\"value\":true}}}");
    assertThat(badChannel.statusCode()).isEqualTo(400);
    assertThat(badChannel.body()).contains("channel");
    assertThat(tasks.createTaskQuery().taskId(callBack).count()).isEqualTo(1);

    HttpResponse<String> moreThanTheForm = rest("bob", "POST", "/engine-rest/task/" + callBack + "/complete",
        "{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"reached\":{\"value\":false},\"maxFailedAttempts\":{\"value\":99}}}");
    assertThat(moreThanTheForm.statusCode()).isEqualTo(400);
    assertThat(moreThanTheForm.body()).contains("maxFailedAttempts");
    assertThat(runtime.getVariable(processOf(caseId), "maxFailedAttempts")).isEqualTo(3);
    assertThat(tasks.createTaskQuery().taskId(callBack).count()).isEqualTo(1);

    HttpResponse<String> notTheOwner = rest("alice", "POST", "/engine-rest/task/" + callBack + "/complete",
        "{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"reached\":{\"value\":true}}}");
    assertThat(notTheOwner.statusCode()).isIn(400, 403);
    assertThat(tasks.createTaskQuery().taskId(callBack).count()).isEqualTo(1);

    assertThat(rest("bob", "POST", "/engine-rest/task/" + callBack + "/complete",
        "{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"reached\":{\"value\":true},\"note\":{\"value\":\"Reached\"}}}").statusCode())
        .isEqualTo(204);
    String resolve = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

    HttpResponse<String> badResolution = rest("bob", "POST", "/engine-rest/task/" + resolve + "/complete",
        "{\"variables\":{\"rootCause\":{\"value\":\"made-up\"},\"outcome\":{\"value\":\"RECOVERED\"},\"notes\":{\"value\":\"\"}}}");
    assertThat(badResolution.statusCode()).isEqualTo(400);
    assertThat(badResolution.body()).contains("rootCause");
    assertThat(tasks.createTaskQuery().taskId(resolve).count()).isEqualTo(1);
    assertThat(Api.as("bob", port).getForObject("/api/cases/{id}", Map.class, caseId).get("status")).isEqualTo("IN_PROGRESS");

    HttpResponse<String> otherCase = rest("bob", "POST", "/engine-rest/task/" + resolve + "/complete",
        "{\"variables\":{\"caseId\":{\"value\":\"" + UUID.randomUUID() + "\"},\"rootCause\":{\"value\":\"service.waiting-time\"},"
            + "\"outcome\":{\"value\":\"RECOVERED\"},\"notes\":{\"value\":\"Fixed\"}}}");
    assertThat(otherCase.statusCode()).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(resolve).count()).isEqualTo(1);

    assertThat(rest("bob", "POST", "/engine-rest/task/" + resolve + "/complete",
        "{\"variables\":{\"rootCause\":{\"value\":\"service.waiting-time\"},\"outcome\":{\"value\":\"RECOVERED\"},"
            + "\"notes\":{\"value\":\"Fixed in Tasklist\"}}}").statusCode()).isEqualTo(204);
    Map<?, ?> resolved = Api.as("bob", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(resolved.get("status")).isEqualTo("RESOLVED");
    assertThat(resolved.get("rootCause")).isEqualTo("service.waiting-time");
  }

  @Test
  void a_team_member_cannot_end_change_or_widen_a_case_task_by_other_task_routes() {
    String caseId = Detractors.newCase(port, 5, null, "Other Task Routes");
    Api.as("bob", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    String callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

    assertThat(rest("alice", "POST", "/engine-rest/task/" + callBack + "/bpmnError",
        "{\"errorCode\":\"x\",\"variables\":{\"reached\":{\"value\":false},\"failedAttempts\":{\"value\":3}}}").statusCode())
        .isEqualTo(403);
    assertThat(rest("mike", "POST", "/engine-rest/task/" + callBack + "/identity-links", "{\"userId\":\"mike\",\"type\":\"candidate\"}")
        .statusCode()).isEqualTo(403);
    assertThat(rest("mike", "PUT", "/engine-rest/task/" + callBack, "{\"name\":\"x\",\"assignee\":\"bob\",\"owner\":\"mike\"}")
        .statusCode()).isEqualTo(403);
    assertThat(rest("alice", "POST", "/engine-rest/task/" + callBack + "/comment/create", "{\"message\":\"x\"}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> trailingSlash = rest("bob", "POST", "/engine-rest/task/" + callBack + "/complete/",
        "{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"reached\":{\"value\":false},\"maxFailedAttempts\":{\"value\":0}}}");
    assertThat(trailingSlash.statusCode()).isEqualTo(400);
    assertThat(trailingSlash.body()).contains("maxFailedAttempts");

    assertThat(tasks.createTaskQuery().taskId(callBack).count()).isEqualTo(1);
    assertThat(runtime.getVariable(processOf(caseId), "maxFailedAttempts")).isEqualTo(3);
    assertThat(Api.as("bob", port).getForObject("/api/cases/{id}", Map.class, caseId).get("status")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void an_alarm_reviewed_in_tasklist_lands_on_the_case_timeline() {
    String caseId = Detractors.newCase(port, 1, null, "Alarm In Tasklist");
    String review = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("ReviewAlarmingCase").singleResult().getId();

    assertThat(rest("alice", "POST", "/engine-rest/task/" + review + "/complete",
        "{\"variables\":{\"alarmAction\":{\"value\":\"Nothing\"}}}").statusCode()).as("an agent").isEqualTo(403);
    assertThat(rest("mike", "POST", "/engine-rest/task/" + review + "/complete",
        "{\"variables\":{\"alarmAction\":{\"value\":\"\"}}}").statusCode()).as("no action").isEqualTo(400);
    assertThat(rest("mike", "POST", "/engine-rest/task/" + review + "/complete",
        "{\"variables\":{\"alarmAction\":{\"value\":\"Called the account owner\"}}}").statusCode()).isEqualTo(204);

    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("timeline").toString())
        .contains("ALARM_REVIEWED").contains("Called the account owner");
  }

  @Test
  void a_designer_cannot_make_users_groups_or_admins() {
    String intruder = "designed" + UUID.randomUUID().toString().substring(0, 8);

    assertThat(rest("dana", "POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"" + intruder + "\"},\"credentials\":{\"password\":\"x-" + intruder + "\"}}").statusCode()).isEqualTo(403);
    assertThat(rest("dana", "POST", "/engine-rest/group/create", "{\"id\":\"" + intruder + "\",\"name\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(rest("dana", "PUT", "/engine-rest/group/admin/members/dana", null).statusCode()).isEqualTo(403);
    assertThat(rest("dana", "POST", "/engine-rest/authorization/create",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"dana\",\"resourceType\":4,\"resourceId\":\"*\"}").statusCode()).isEqualTo(403);

    assertThat(identity.createUserQuery().userId(intruder).count()).isZero();
    assertThat(identity.createGroupQuery().groupId(intruder).count()).isZero();
    assertThat(identity.createUserQuery().userId("dana").memberOfGroup("admin").count()).isZero();
  }

  @Test
  void a_designer_cannot_delete_a_case_process_and_an_admin_deleting_it_is_recorded_on_the_case() {
    String caseId = Detractors.newCase(port, 5, null, "Cancelled Process");
    String processInstance = processOf(caseId);

    assertThat(rest("dana", "DELETE", "/engine-rest/process-instance/" + processInstance, null).statusCode()).isEqualTo(403);
    assertThat(rest("dana", "POST", "/engine-rest/process-instance/" + processInstance + "/variables",
        "{\"modifications\":{\"callbackDue\":{\"value\":null}}}").statusCode()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstance).count()).isEqualTo(1);

    assertThat(rest("admin", "DELETE", "/engine-rest/process-instance/" + processInstance + "?skipCustomListeners=true", null)
        .statusCode()).isEqualTo(204);

    Map<?, ?> body = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(timeline(body)).anySatisfy(event -> assertThat(event).containsEntry("type", "PROCESS_CANCELLED")
        .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains("no reminder or escalation will fire")));
    assertThat(Api.as("mike", port).getForObject("/api/notifications?unread=true&size=200", Map.class).toString())
        .contains("PROCESS_CANCELLED").contains(caseId);
  }

  @Test
  void tasklist_shows_an_agent_only_the_tasks_of_their_teams() {
    String olga = agentOf("billing");
    String caseId = Detractors.newCase(port, 5, null, "Tasklist Filter");
    String callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
    WebappSession alice = WebappSession.of("alice", "alice", port);
    WebappSession other = WebappSession.of(olga, "pw-" + olga, port);
    String filter = filterId(alice);

    assertThat(alice.send("POST", WEBAPP_API + "/filter/" + filter + "/list?maxResults=2000", "{\"processInstanceBusinessKey\":\"" + caseId + "\"}")
        .body()).contains(callBack);
    assertThat(other.send("POST", WEBAPP_API + "/filter/" + filter + "/list?maxResults=2000", "{}").body()).doesNotContain(callBack);
    assertThat(other.send("POST", WEBAPP_API + "/task", "{\"processInstanceBusinessKey\":\"" + caseId + "\"}").body()).isEqualTo("[]");
  }

  @Test
  void removing_a_user_from_a_group_or_deleting_the_user_applies_on_their_next_request() {
    String carl = agentOf("customer-service");
    WebappSession session = WebappSession.of(carl, "pw-" + carl, port);
    assertThat(session.get("/inbox").statusCode()).isEqualTo(200);
    assertThat(rest(carl, "GET", "/api/cases", null).statusCode()).isEqualTo(200);

    assertThat(rest("admin", "DELETE", "/engine-rest/group/agent/members/" + carl, null).statusCode()).isEqualTo(204);

    assertThat(session.get("/inbox").statusCode()).as("the page session").isEqualTo(403);
    assertThat(rest(carl, "GET", "/api/cases", null).statusCode()).as("the remembered API login").isEqualTo(403);

    assertThat(rest("admin", "DELETE", "/engine-rest/user/" + carl, null).statusCode()).isEqualTo(204);

    assertThat(session.get("/ideas").statusCode()).as("the page session of a deleted user").isEqualTo(401);
    assertThat(rest(carl, "GET", "/api/cases", null).statusCode()).isEqualTo(401);
  }

  private String filterId(WebappSession session) {
    String filters = session.get(WEBAPP_API + "/filter?resourceType=Task").body();
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(filters);
    assertThat(id.find()).as("a Tasklist filter in %s", filters).isTrue();
    return id.group(1);
  }

  private String agentOf(String team) {
    String user = "agent" + UUID.randomUUID().toString().substring(0, 8);
    directory.ensureGroup(team, team, Directory.TEAM);
    directory.ensureUser(user, "Other", "Agent", null, "pw-" + user, List.of("agent", team));
    return user;
  }

  private String managerOf(String team) {
    String user = "manager" + UUID.randomUUID().toString().substring(0, 8);
    directory.ensureGroup(team, team, Directory.TEAM);
    directory.ensureUser(user, "Other", "Manager", null, "pw-" + user, List.of("manager", team));
    return user;
  }

  private String processOf(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult().getId();
  }

  /** A request to the engine's REST API with HTTP Basic; the demo users' password is their name, the made-up users' pw-name. */
  private HttpResponse<String> rest(String user, String method, String path, String json) {
    String password = DEMO_USERS.contains(user) ? user : "pw-" + user;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
