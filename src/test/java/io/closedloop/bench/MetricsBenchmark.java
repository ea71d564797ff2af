package io.closedloop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.closedloop.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import io.closedloop.identity.Directory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads 1,000,000 responses over two years and a case for every detractor (about 200,000) straight
 * into PostgreSQL, then measures the NPS and closed-loop endpoints over HTTP for a year, a quarter
 * and a week, with and without groupBy. Writes {@code bench/metrics-results.json} and the query
 * plans to {@code bench/metrics-explain.txt}.
 * Not part of the build: run it with {@code ./mvnw -B -ntp -Pbench test}.
 */
@IntegrationTest
class MetricsBenchmark {

  static final int RESPONSES = 1_000_000;
  static final int CUSTOMERS = 350_000;
  static final int WARMUP = 15;
  static final int RUNS = 60;

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @Autowired
  IdentityService identity;

  @Test
  void measures_the_metrics_endpoints_on_a_million_responses() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long loadStart = System.nanoTime();
    load(jdbc);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    managerOfTwoTeams();
    Map<String, Object> counts = jdbc.queryForMap("""
        select (select count(*) from response) as responses, (select count(*) from detractor_case) as cases,
               (select count(*) from nps_daily) as rollup_rows, (select count(*) from case_fact) as case_facts
        """);
    System.out.println("Loaded in " + Math.round(loadSeconds) + " s: " + counts);

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, LocalDate> periods = new LinkedHashMap<>();
    periods.put("year", today.minusDays(364));
    periods.put("quarter", today.minusDays(89));
    periods.put("week", today.minusDays(6));
    List<Map<String, Object>> results = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Object> firstLoad = firstClosedLoopRequest(http, "/api/metrics/closed-loop?from=" + today.minusDays(364) + "&to=" + today);
    for (String endpoint : List.of("nps", "closed-loop")) {
      for (Map.Entry<String, LocalDate> period : periods.entrySet()) {
        for (String groupBy : List.of("", "touchpoint", "employee", "week")) {
          String path = "/api/metrics/" + endpoint + "?from=" + period.getValue() + "&to=" + today
              + (groupBy.isEmpty() ? "" : "&groupBy=" + groupBy);
          results.add(measure(http, endpoint, period.getKey(), groupBy.isEmpty() ? "none" : groupBy, path, "lea"));
        }
      }
      String groupBy = endpoint.equals("nps") ? "touchpoint" : "owner";
      String managerPath = "/api/metrics/" + endpoint + "?from=" + periods.get("year") + "&to=" + today + "&groupBy=" + groupBy;
      results.add(measure(http, endpoint, "year", groupBy + " (manager of 2 teams)", managerPath, "bench-manager"));
    }
    String yearPath = "/api/metrics/closed-loop?from=" + periods.get("year") + "&to=" + today;
    results.add(measure(http, "closed-loop", "year", "none, 100 cases reassigned before each request", yearPath, "lea",
        () -> jdbc.update("""
            update detractor_case set owner = 'bench-owner-' || (random() * 9)::int
            where id in (select id from detractor_case tablesample system (0.1) limit 100)
            """)));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("measuredAt", Instant.now().toString());
    report.put("machine", machine());
    report.put("command", "./mvnw -B -ntp -Pbench test");
    report.put("data", counts);
    report.put("loadSeconds", Math.round(loadSeconds));
    report.put("warmupRequests", WARMUP);
    report.put("measuredRequests", RUNS);
    report.put("closedLoopFirstRequest", firstLoad);
    report.put("results", results);
    Files.createDirectories(Path.of("bench"));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of("bench", "metrics-results.json").toFile(), report);
    Files.writeString(Path.of("bench", "metrics-explain.txt"), explain(jdbc, today), StandardCharsets.UTF_8);
    results.forEach(result -> System.out.printf("%-12s %-8s %-32s p50 %6.1f ms  p95 %6.1f ms%n", result.get("endpoint"),
        result.get("period"), result.get("groupBy"), result.get("p50Ms"), result.get("p95Ms")));
  }

  private Map<String, Object> measure(HttpClient http, String endpoint, String period, String groupBy, String path, String user)
      throws Exception {
    return measure(http, endpoint, period, groupBy, path, user, () -> {});
  }

  /** Times {@code path}; {@code beforeEach} runs (untimed) before every request, to change data between reads. */
  private Map<String, Object> measure(HttpClient http, String endpoint, String period, String groupBy, String path, String user,
      Runnable beforeEach) throws Exception {
    HttpRequest request = request(path, user);
    for (int i = 0; i < WARMUP; i++) {
      check(http.send(request, HttpResponse.BodyHandlers.ofString()), path);
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      beforeEach.run();
      long start = System.nanoTime();
      check(http.send(request, HttpResponse.BodyHandlers.ofString()), path);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("endpoint", endpoint);
    result.put("period", period);
    result.put("groupBy", groupBy);
    result.put("path", path);
    result.put("p50Ms", round(percentile(millis, 0.50)));
    result.put("p95Ms", round(percentile(millis, 0.95)));
    result.put("maxMs", round(millis[millis.length - 1]));
    return result;
  }

  /** The first closed-loop request loads every case fact into memory: its time and the heap it took. */
  private Map<String, Object> firstClosedLoopRequest(HttpClient http, String path) throws Exception {
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    check(http.send(request(path, "lea"), HttpResponse.BodyHandlers.ofString()), path);
    double millis = (System.nanoTime() - start) / 1e6;
    long after = usedHeapAfterGc();
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("ms", round(millis));
    first.put("heapGrowthMb", round((after - before) / 1048576.0));
    System.out.println("First closed-loop request: " + first);
    return first;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private HttpRequest request(String path, String user) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  private static void check(HttpResponse<String> response, String path) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Map<String, Object> machine() throws Exception {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpus", Runtime.getRuntime().availableProcessors());
    machine.put("cpuModel", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
        .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown"));
    machine.put("memTotal", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "));
    machine.put("java", System.getProperty("java.version"));
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
    return machine;
  }

  /** Seeded, realistic data: more answers recently, touchpoints with their own mood, employees in teams, a case per detractor. */
  private void load(JdbcTemplate jdbc) {
    jdbc.execute((java.sql.Connection connection) -> {
      try (var statement = connection.createStatement()) {
        connection.setAutoCommit(false);
        statement.execute("set session_replication_role = replica");
        statement.execute("select setseed(0.2026)");
        statement.execute(GeneratedAnswers.customers("bench", CUSTOMERS));
        statement.execute(GeneratedAnswers.responses("bench", CUSTOMERS, RESPONSES, "'team-' || (employee % 10)",
            "now() - (1 - sqrt(random())) * interval '730 days'"));
        statement.execute("""
            insert into detractor_case (id, response_id, customer_id, status, owner, team, priority, callback_due, escalation_level,
                                        root_cause, outcome, created_at, first_reached_at, closed_at, touchpoint)
            select md5('bench-case-' || r.id)::uuid, r.id, r.customer_id,
                   case when reached_at is not null and reached_at + close_after < now() then 'RESOLVED'
                        when reached_at is null and created_at + interval '96 hours' < now() and roll < 0.6 then 'UNREACHABLE'
                        else 'IN_PROGRESS' end,
                   'agent-' || floor(random() * 60)::int, r.team, 'NORMAL', created_at + interval '48 hours',
                   case when reached_at is null or reached_at > created_at + interval '48 hours' then 1 else 0 end,
                   case when reached_at is not null and reached_at + close_after < now()
                        then (array['service.waiting-time', 'service.waiting-time', 'service.unsolved-problem', 'product.defect',
                                    'price.too-high', 'website.navigation', 'billing.wrong-invoice', 'delivery.late', 'staff.attitude'])[1 + floor(random() * 9)::int] end,
                   case when reached_at is not null and reached_at + close_after < now() then 'RECOVERED' end,
                   created_at, reached_at,
                   case when reached_at is not null and reached_at + close_after < now() then reached_at + close_after
                        when reached_at is null and created_at + interval '96 hours' < now() and roll < 0.6 then created_at + interval '96 hours' end,
                   r.touchpoint
            from (
              select r.*, c.created_at, c.roll, c.close_after,
                     case when c.roll < 0.85 and c.created_at + c.reach_after < now() then c.created_at + c.reach_after end as reached_at
              from response r
              cross join lateral (select r.answered_at + random() * interval '30 minutes' as created_at, random() as roll,
                                         -ln(1 - random()) * interval '20 hours' as reach_after,
                                         -ln(1 - random()) * interval '30 hours' as close_after) c
              where r.category = 'DETRACTOR' and r.external_id like 'bench-%'
            ) r
            """);
        statement.execute("""
            insert into contact_attempt (case_id, at, by_user, channel, reached)
            select id, first_reached_at, owner, 'PHONE', true from detractor_case where first_reached_at is not null and owner like 'agent-%'
            """);
        statement.execute("set session_replication_role = origin");
        statement.execute("select nps_daily_rebuild()");
        statement.execute("select case_fact_rebuild()");
        connection.commit();
        connection.setAutoCommit(true);
        statement.execute("vacuum analyze response");
        statement.execute("vacuum analyze detractor_case");
        statement.execute("vacuum analyze nps_daily");
        statement.execute("vacuum analyze case_fact");
      }
      return null;
    });
  }

  /** A manager of two of the ten teams, to measure the figures of a manager's own teams. */
  private void managerOfTwoTeams() {
    if (identity.createUserQuery().userId("bench-manager").count() > 0) {
      return;
    }
    User manager = identity.newUser("bench-manager");
    manager.setPassword("bench-manager");
    identity.saveUser(manager);
    identity.createMembership("bench-manager", "manager");
    for (String team : List.of("team-1", "team-2")) {
      Group group = identity.newGroup(team);
      group.setName(team);
      group.setType(Directory.TEAM);
      identity.saveGroup(group);
      identity.createMembership("bench-manager", team);
    }
  }

  private static String explain(JdbcTemplate jdbc, LocalDate today) {
    StringBuilder out = new StringBuilder();
    String yearFrom = today.minusDays(364).toString();
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("NPS, year, total", "select sum(promoters), sum(passives), sum(detractors) from nps_daily where dim = 'total' and day between '"
        + yearFrom + "' and '" + today + "' and true");
    queries.put("NPS, year, by employee", "select key, sum(promoters), sum(passives), sum(detractors) from nps_daily where dim = 'employee' and day between '"
        + yearFrom + "' and '" + today + "' and true group by key having sum(responses) > 0 order by key");
    queries.put("Closed loop, year, total, as SQL (not used: the figures are computed in memory)", "select count(*), "
        + "percentile_cont(array[0.5, 0.9]) within group (order by first_contact_hours), "
        + "percentile_cont(array[0.5, 0.9]) within group (order by close_hours) from case_fact where day between '" + yearFrom + "' and '" + today + "'");
    queries.put("Closed loop, the in-memory copy catching up after 100 changes", "select case_id, team, owner, first_contact_hours, close_hours "
        + "from case_fact where change_txid >= (select max(change_txid) from case_fact) - 1");
    return jdbc.execute((java.sql.Connection connection) -> {
      try (var statement = connection.createStatement()) {
        statement.execute("set work_mem = '64MB'");
        for (Map.Entry<String, String> query : queries.entrySet()) {
          out.append("## ").append(query.getKey()).append(" (work_mem 64MB)\n").append(query.getValue()).append("\n\n");
          try (var plan = statement.executeQuery("explain (analyze, buffers) " + query.getValue())) {
            while (plan.next()) {
              out.append(plan.getString(1)).append("\n");
            }
          }
          out.append("\n");
        }
        statement.execute("reset work_mem");
      }
      return out.toString();
    });
  }
}
