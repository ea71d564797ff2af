package io.closedloop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of ClosedLoop, each in its own JVM, on one PostgreSQL the test owns: deadlines swept
 * by both with each escalation recorded once, a node killed with {@code kill -9} in the middle of
 * a sweep, a page session that moves to the other node, a revoked user refused on both at once,
 * and the database restarted under a retrying client. The sweep's figures go to
 * {@code target/cluster/sweep.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final int CASES = Integer.getInteger("cluster.cases", 10_000);
  private static final String ADMIN_PASSWORD = "admin-secret";
  private static final String TEAM = "customer-service";

  /** Settings of a node: its name in the engine's job log, and a short job lock so a dead node's jobs move on soon (90 s in production). */
  private static List<String> settings(String node) {
    return List.of("--camunda.bpm.generic-properties.properties.hostname=" + node,
        "--camunda.bpm.job-execution.lock-time-in-millis=10000", "--logging.level.root=WARN");
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private ClusterDatabase database;
  private JdbcTemplate jdbc;
  private ClusterNode one;
  private ClusterNode two;
  private String manager;

  @BeforeAll
  void startTheFirstNode() throws Exception {
    database = ClusterDatabase.start();
    jdbc = new JdbcTemplate(database.dataSource());
    one = ClusterNode.start("node-1", database.jdbcUrl(), settings("node-1"));
    manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
    createUser(manager, "manager", TEAM);
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (ClusterNode node : new ClusterNode[] {one, two}) {
      if (node != null && node.isAlive()) {
        node.stop();
      }
    }
    if (database != null) {
      database.close();
    }
    Files.createDirectories(Path.of("target", "cluster"));
    json.writerWithDefaultPrettyPrinter().writeValue(Path.of("target", "cluster", "sweep.json").toFile(), figures);
  }

  @Test
  @Order(1)
  void deadlines_due_at_once_are_escalated_once_each_whichever_of_two_nodes_fires_them() throws Exception {
    String alone = openCases(CASES / 2, List.of(one));
    double oneNode = sweep(alone, CASES / 2);
    two = ClusterNode.start("node-2", database.jdbcUrl(), settings("node-2"));
    String together = openCases(CASES, List.of(one, two));

    double twoNodes = sweep(together, CASES);

    figures.put("cases", CASES);
    figures.put("oneNodeCasesPerSecond", Math.round(CASES / 2 / oneNode * 10) / 10.0);
    figures.put("twoNodesCasesPerSecond", Math.round(CASES / twoNodes * 10) / 10.0);
    figures.put("escalatedByNode", escalationsByNode(together));
    assertEscalatedExactlyOnce(alone, CASES / 2);
    assertEscalatedExactlyOnce(together, CASES);
    assertThat(escalationsByNode(together)).as("both nodes swept").hasSize(2);
  }

  @Test
  @Order(2)
  void a_node_killed_in_the_middle_of_a_sweep_leaves_the_rest_to_the_other_and_nothing_happens_twice() throws Exception {
    ensureBothRun();
    int count = Math.max(200, CASES / 5);
    String batch = openCases(count, List.of(one, two));

    long started = System.nanoTime();
    makeDeadlinesDue(batch, count);
    awaitTrue(Duration.ofMinutes(10), () -> escalated(batch) >= count / 4);
    int beforeKill = escalated(batch);
    two.kill();
    awaitTrue(Duration.ofMinutes(10), () -> escalated(batch) >= count);

    figures.put("killedMidSweep", Map.of("cases", count, "escalatedBeforeKill", beforeKill,
        "secondsUntilAllEscalated", Math.round((System.nanoTime() - started) / 1e8) / 10.0));
    assertThat(beforeKill).as("the kill came mid-sweep").isLessThan(count);
    assertEscalatedExactlyOnce(batch, count);
    two = ClusterNode.start("node-2", database.jdbcUrl(), settings("node-2"));
  }

  @Test
  @Order(3)
  void a_page_session_begun_on_one_node_goes_on_on_the_other() throws Exception {
    ensureBothRun();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    logIn(browser, one, manager, manager);

    HttpResponse<String> onTheOther = browser.send(HttpRequest.newBuilder(URI.create(two.url("/team")))
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(onTheOther.statusCode()).isEqualTo(200);
    assertThat(onTheOther.body()).contains(manager);
  }

  @Test
  @Order(4)
  void a_user_removed_from_their_role_on_one_node_is_refused_on_both_at_once() throws Exception {
    ensureBothRun();
    String lead = "lead-" + UUID.randomUUID().toString().substring(0, 8);
    createUser(lead, "leadership");
    assertThat(status(one, "GET", "/api/cases", lead, lead, null)).isEqualTo(200);
    assertThat(status(two, "GET", "/api/cases", lead, lead, null)).isEqualTo(200);

    assertThat(status(one, "DELETE", "/engine-rest/group/leadership/members/" + lead, "admin", ADMIN_PASSWORD, null)).isEqualTo(204);
    long removed = System.nanoTime();

    awaitTrue(Duration.ofSeconds(5), () -> status(two, "GET", "/api/cases", lead, lead, null) == 403);
    figures.put("revocationSeenOnTheOtherNodeMs", (System.nanoTime() - removed) / 1_000_000);
    assertThat(status(one, "GET", "/api/cases", lead, lead, null)).isEqualTo(403);
  }

  @Test
  @Order(5)
  void a_database_restart_under_a_retrying_client_loses_and_duplicates_nothing() throws Exception {
    ensureBothRun();
    int count = 300;
    String prefix = "restart-" + UUID.randomUUID() + "-";
    AtomicInteger posted = new AtomicInteger();
    AtomicInteger unavailable = new AtomicInteger();
    ExecutorService client = Executors.newSingleThreadExecutor();
    Future<?> posting = client.submit(() -> {
      for (int i = 0; i < count; i++) {
        postUntilStored(i % 2 == 0 ? one : two, response(prefix + i, i % 3 == 0 ? 3 : 9), unavailable);
        posted.incrementAndGet();
      }
      return null;
    });
    awaitTrue(Duration.ofMinutes(2), () -> posted.get() >= count / 4);

    database.stop();
    long outage = System.nanoTime();
    int livenessDuringOutage = one.status("/actuator/health/liveness");
    int readinessDuringOutage = one.readiness();
    Thread.sleep(Math.max(0, 12_000 - (System.nanoTime() - outage) / 1_000_000));
    database.startAgain();
    long back = System.nanoTime();
    awaitTrue(Duration.ofMinutes(2), () -> one.readiness() == 200 && two.readiness() == 200);
    double recovered = (System.nanoTime() - back) / 1e9;
    posting.get(5, java.util.concurrent.TimeUnit.MINUTES);
    client.shutdown();

    figures.put("databaseRestart", Map.of("responses", count, "answered503", unavailable.get(),
        "secondsUntilBothReady", Math.round(recovered * 10) / 10.0));
    assertThat(livenessDuringOutage).as("alive without the database").isEqualTo(200);
    assertThat(readinessDuringOutage).as("not ready without the database").isEqualTo(503);
    assertThat(unavailable.get()).as("intake answered 503 while the database was away").isPositive();
    assertThat(jdbc.queryForObject("select count(*) from response where external_id like ?", Integer.class, prefix + "%"))
        .isEqualTo(count);
    assertThat(jdbc.queryForObject("""
        select count(*) from detractor_case c join response r on r.id = c.response_id where r.external_id like ?""",
        Integer.class, prefix + "%")).isEqualTo(count / 3);
  }

  private void ensureBothRun() throws Exception {
    if (two == null || !two.isAlive()) {
      two = ClusterNode.start("node-2", database.jdbcUrl(), settings("node-2"));
    }
  }

  private String openCases(int count, List<ClusterNode> nodes) throws Exception {
    String prefix = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<List<Map<String, Object>>> batches = new ArrayList<>();
    for (int start = 0; start < count; start += 100) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + 100); i++) {
        batch.add(response(prefix + i, 5));
      }
      batches.add(batch);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService posters = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < 2; thread++) {
      done.add(posters.submit(() -> {
        for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
          ClusterNode node = nodes.get(i % nodes.size());
          HttpResponse<String> answer = send(node, "POST", "/api/responses/batch", "admin", ADMIN_PASSWORD,
              json.writeValueAsString(batches.get(i)));
          if (answer.statusCode() != 200 || !answer.body().contains("\"rejected\":0")) {
            throw new IllegalStateException("batch " + i + " on " + node.name() + ": " + answer.statusCode() + " " + answer.body());
          }
        }
        return null;
      }));
    }
    for (Future<?> batch : done) {
      batch.get();
    }
    posters.shutdown();
    return prefix;
  }

  /** Seconds from the deadlines falling due to the last case escalated. */
  private double sweep(String prefix, int count) throws Exception {
    long started = System.nanoTime();
    makeDeadlinesDue(prefix, count);
    awaitTrue(Duration.ofMinutes(20), () -> escalated(prefix) >= count);
    return (System.nanoTime() - started) / 1e9;
  }

  /** The call-back phase's next-escalation timers and the cases' deadlines move into the past in one statement. */
  private void makeDeadlinesDue(String prefix, int count) {
    Integer moved = jdbc.queryForObject("""
        with due as (
          update act_ru_job j set duedate_ = now() - interval '1 second'
          from act_ru_execution e, detractor_case c, response r
          where e.id_ = j.process_instance_id_ and e.business_key_ = c.id::text and r.id = c.response_id
            and r.external_id like ? and j.handler_type_ like 'timer%' and j.handler_cfg_ like 'CallBackEscalationDue%'
          returning c.id),
        cases as (update detractor_case set callback_due = now() - interval '1 minute' where id in (select id from due) returning id)
        select count(*) from cases""", Integer.class, prefix + "%");
    assertThat(moved).as("one call-back deadline timer per case").isEqualTo(count);
  }

  private int escalated(String prefix) {
    return jdbc.queryForObject("""
        select count(distinct e.case_id) from case_event e join detractor_case c on c.id = e.case_id
        join response r on r.id = c.response_id where r.external_id like ? and e.type = 'ESCALATED'""", Integer.class, prefix + "%");
  }

  private void assertEscalatedExactlyOnce(String prefix, int count) {
    assertThat(jdbc.queryForObject("""
        select count(*) from case_event e join detractor_case c on c.id = e.case_id
        join response r on r.id = c.response_id where r.external_id like ? and e.type = 'ESCALATED'""", Integer.class, prefix + "%"))
        .as("escalation entries on the timelines").isEqualTo(count);
    assertThat(jdbc.queryForObject("""
        select count(*) from notification n join detractor_case c on c.id = n.case_id
        join response r on r.id = c.response_id where r.external_id like ? and n.type = 'ESCALATION' and n.recipient = ?""",
        Integer.class, prefix + "%", manager))
        .as("escalation notifications to the team's manager").isEqualTo(count);
  }

  private Map<String, Integer> escalationsByNode(String prefix) {
    Map<String, Integer> byNode = new LinkedHashMap<>();
    jdbc.query("""
        select j.hostname_ as node, count(*) as n from act_hi_job_log j
        join act_ru_execution e on e.proc_inst_id_ = j.process_instance_id_ and e.id_ = e.proc_inst_id_
        join detractor_case c on c.id::text = e.business_key_ join response r on r.id = c.response_id
        where r.external_id like ? and j.job_def_type_ like 'timer%' and j.job_state_ = 2 and j.timestamp_ >= c.callback_due
        group by 1""", row -> {
      byNode.put(row.getString("node"), row.getInt("n"));
    }, prefix + "%");
    return byNode;
  }

  private void postUntilStored(ClusterNode node, Map<String, Object> response, AtomicInteger unavailable) throws Exception {
    String body = json.writeValueAsString(response);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      try {
        int status = send(node, "POST", "/api/responses", "admin", ADMIN_PASSWORD, body).statusCode();
        if (status == 201 || status == 200) {
          return;
        }
        if (status == 503) {
          unavailable.incrementAndGet();
        } else if (status < 500) {
          throw new IllegalStateException("refused with " + status);
        }
      } catch (IOException e) {
        // the node did not answer: retry, as a client of an API that may be briefly away does
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not stored within 3 minutes: " + body);
      }
      Thread.sleep(250);
    }
  }

  private static Map<String, Object> response(String externalId, int score) {
    return Map.of("externalId", externalId, "score", score, "touchpoint", "website",
        "customer", Map.of("externalId", "c-" + externalId, "name", "Kunde " + externalId.hashCode()));
  }

  private void createUser(String userId, String... groups) throws Exception {
    String profile = json.writeValueAsString(Map.of("profile", Map.of("id", userId, "firstName", userId, "lastName", "Cluster",
        "email", userId + "@example.com"), "credentials", Map.of("password", userId)));
    assertThat(status(one, "POST", "/engine-rest/user/create", "admin", ADMIN_PASSWORD, profile)).isEqualTo(204);
    for (String group : groups) {
      if (status(one, "GET", "/engine-rest/group/" + group, "admin", ADMIN_PASSWORD, null) == 404) {
        String created = json.writeValueAsString(Map.of("id", group, "name", group, "type", "WORKFLOW"));
        assertThat(status(one, "POST", "/engine-rest/group/create", "admin", ADMIN_PASSWORD, created)).isEqualTo(204);
      }
      assertThat(status(one, "PUT", "/engine-rest/group/" + group + "/members/" + userId, "admin", ADMIN_PASSWORD, null))
          .isEqualTo(204);
    }
  }

  private void logIn(HttpClient browser, ClusterNode node, String user, String password) throws Exception {
    String form = browser.send(HttpRequest.newBuilder(URI.create(node.url("/login"))).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).as("CSRF token on the login form").isTrue();
    String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(credentials)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.headers().firstValue("Location").orElse("")).as("login of %s", user).doesNotContain("error");
  }

  private int status(ClusterNode node, String method, String path, String user, String password, String body) {
    try {
      return send(node, method, path, user, password, body).statusCode();
    } catch (IOException | InterruptedException e) {
      return 0;
    }
  }

  private HttpResponse<String> send(ClusterNode node, String method, String path, String user, String password, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitTrue(Duration atMost, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not so within " + atMost);
      }
      Thread.sleep(200);
    }
  }
}
