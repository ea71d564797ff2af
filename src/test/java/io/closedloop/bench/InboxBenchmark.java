package io.closedloop.bench;

import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.demo.generator.SampleGenerator;
import io.closedloop.identity.Directory;
import io.closedloop.identity.Role;
import io.closedloop.tasks.TaskWorker;
import io.closedloop.tasks.UserTasks;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency of an agent's inbox ({@code GET /api/cases?owner=me&sort=callbackDue,asc}) and of a
 * team's queue ({@code GET /api/cases?team=...&status=OPEN&sort=callbackDue,asc}, as its manager)
 * with many open cases over 500 agents, against the same two SQL statements the list runs
 * (count and page) sent straight over JDBC. Keeps their {@code EXPLAIN ANALYZE} as evidence.
 * Also the agent's {@code /inbox} page (HTML, their cases and their teams' queue) with a
 * form-login session, as a browser loads it.
 */
final class InboxBenchmark implements Benchmark {

  private static final String AGENT_COUNT = """
      select count(*) from detractor_case c
      where c.owner = ? and (c.team in (?) or c.owner = ?)""";
  private static final String AGENT_PAGE = """
      select c.*, r.score, cu.name as customer_name, cu.external_id as customer_external_id
      from detractor_case c join customer cu on cu.id = c.customer_id join response r on r.id = c.response_id
      where c.owner = ? and (c.team in (?) or c.owner = ?)
      order by c.callback_due asc nulls last, c.id limit 20 offset 0""";
  private static final String TEAM_COUNT = """
      select count(*) from detractor_case c
      where c.status = ? and c.team = ? and (c.team in (?) or c.owner = ?)""";
  private static final String TEAM_PAGE = """
      select c.*, r.score, cu.name as customer_name, cu.external_id as customer_external_id
      from detractor_case c join customer cu on cu.id = c.customer_id join response r on r.id = c.response_id
      where c.status = ? and c.team = ? and (c.team in (?) or c.owner = ?)
      order by c.callback_due asc nulls last, c.id limit 20 offset 0""";

  @Override
  public String name() {
    return "inbox";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    int cases = context.size(100_000, 2_000);
    int sampledAgents = context.size(50, 5);
    int requestsPerAgent = context.size(10, 4);
    List<Agent> agents = agents();
    createUsers(context, agents);
    seed(context.jdbc(), agents, cases);
    Random random = new Random(7);
    List<Agent> sample = new ArrayList<>();
    List<Agent> customerService = agents.stream().filter(a -> a.team().equals("customer-service")).toList();
    for (int i = 0; i < sampledAgents; i++) {
      sample.add(customerService.get(random.nextInt(customerService.size())));
    }
    String inbox = "/api/cases?owner=%s&sort=callbackDue,asc";
    String queue = "/api/cases?team=customer-service&status=OPEN&sort=callbackDue,asc";
    for (Agent agent : sample) {
      get(context, agent.code(), inbox.formatted(agent.code()));
    }
    get(context, "mike", queue);
    for (Agent agent : sample) {
      page(context, agent.code(), "/inbox");
    }
    List<Double> floorMillis = new ArrayList<>();
    List<Double> inboxMillis = new ArrayList<>();
    List<Double> queueMillis = new ArrayList<>();
    List<Double> rawInboxMillis = new ArrayList<>();
    List<Double> rawQueueMillis = new ArrayList<>();
    List<Double> pageMillis = new ArrayList<>();
    List<Double> engineTaskMillis = new ArrayList<>();
    UserTasks engineTasks = context.bean(UserTasks.class);
    JdbcTemplate jdbc = context.jdbc();
    for (int round = 0; round < requestsPerAgent; round++) {
      for (Agent agent : sample) {
        floorMillis.add(get(context, agent.code(), "/api/root-causes"));
        inboxMillis.add(get(context, agent.code(), inbox.formatted(agent.code())));
        rawInboxMillis.add(raw(jdbc, AGENT_COUNT, AGENT_PAGE, agent.code(), agent.team(), agent.code()));
        queueMillis.add(get(context, "mike", queue));
        rawQueueMillis.add(raw(jdbc, TEAM_COUNT, TEAM_PAGE, "OPEN", "customer-service", "customer-service", "mike"));
        pageMillis.add(page(context, agent.code(), "/inbox"));
        engineTaskMillis.add(engineTasks(engineTasks, agent));
      }
    }
    Map<String, Object> plans = new LinkedHashMap<>();
    Agent first = sample.get(0);
    plans.put("agentCount", explain(jdbc, AGENT_COUNT, first.code(), first.team(), first.code()));
    plans.put("agentPage", explain(jdbc, AGENT_PAGE, first.code(), first.team(), first.code()));
    plans.put("teamCount", explain(jdbc, TEAM_COUNT, "OPEN", "customer-service", "customer-service", "mike"));
    plans.put("teamPage", explain(jdbc, TEAM_PAGE, "OPEN", "customer-service", "customer-service", "mike"));
    Result.Builder result = Result.of(name());
    figures(result, "agent inbox (API)", inboxMillis, rawInboxMillis);
    figures(result, "team queue (API)", queueMillis, rawQueueMillis);
    double[] inboxPage = pageMillis.stream().mapToDouble(Double::doubleValue).toArray();
    result.figure(Figure.plain("agent inbox page (HTML, form-login session) p50", Stats.round(Stats.percentile(inboxPage, 50), 1), "ms"));
    result.figure(Figure.atMost("agent inbox page (HTML, form-login session) p95", Stats.round(Stats.percentile(inboxPage, 95), 1), "ms", 30));
    double[] engine = engineTaskMillis.stream().mapToDouble(Double::doubleValue).toArray();
    result.figure(Figure.plain("the page's task list from the engine alone, p50", Stats.round(Stats.percentile(engine, 50), 1), "ms"));
    result.figure(Figure.plain("the page's task list from the engine alone, p95", Stats.round(Stats.percentile(engine, 95), 1), "ms"));
    double[] floor = floorMillis.stream().mapToDouble(Double::doubleValue).toArray();
    result.figure(Figure.plain("floor: GET /api/root-causes (login + HTTP), p50", Stats.round(Stats.percentile(floor, 50), 1), "ms"));
    result.figure(Figure.plain("floor: GET /api/root-causes (login + HTTP), p95", Stats.round(Stats.percentile(floor, 95), 1), "ms"));
    Integer openInQueue = jdbc.queryForObject("select count(*) from detractor_case where team = 'customer-service' and status = 'OPEN'", Integer.class);
    return result.detail("openCases", cases).detail("agents", agents.size()).detail("requests", inboxMillis.size())
        .detail("casesInTheQueue", openInQueue)
        .detail("engineTasksActive", jdbc.queryForObject("select count(*) from act_ru_task where suspension_state_ = 1", Integer.class))
        .detail("casesPerAgent", jdbc.queryForObject("select round(avg(n)) from (select count(*) n from detractor_case where owner like '%-___' group by owner) x", Integer.class))
        .detail("plans", plans).build();
  }

  private static void figures(Result.Builder result, String name, List<Double> api, List<Double> raw) {
    double[] apiMillis = api.stream().mapToDouble(Double::doubleValue).toArray();
    double[] rawMillis = raw.stream().mapToDouble(Double::doubleValue).toArray();
    result.figure(Figure.plain(name + " p50", Stats.round(Stats.percentile(apiMillis, 50), 1), "ms"));
    double p95 = Stats.round(Stats.percentile(apiMillis, 95), 1);
    double rawP95 = Stats.round(Stats.percentile(rawMillis, 95), 1);
    result.figure(new Figure(name + " p95", p95, "ms", "its SQL over JDBC, p95", rawP95, Stats.round(rawP95 / p95, 2),
        "≤ 30 ms", p95 <= 30));
    result.detail(name + " SQL p50 ms", Stats.round(Stats.percentile(rawMillis, 50), 1));
  }

  private static double get(BenchContext context, String user, String path) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = context.client(user).send(context.request(user, path).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - started) / 1e6;
    BenchContext.expectOk(response);
    return millis;
  }

  /** The tasks the inbox page lists beside the worklists, as the page asks the engine for them, without HTTP. */
  private static double engineTasks(UserTasks tasks, Agent agent) {
    long started = System.nanoTime();
    tasks.workableBy(new TaskWorker(agent.code(), Set.of(Role.AGENT.groupId(), agent.team()), false));
    return (System.nanoTime() - started) / 1e6;
  }

  private static double page(BenchContext context, String user, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(context.uri(path)).timeout(Duration.ofMinutes(30)).GET().build();
    HttpClient session = context.session(user);
    long started = System.nanoTime();
    HttpResponse<String> response = session.send(request, HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - started) / 1e6;
    if (response.statusCode() != 200 || !response.body().contains("id=\"worklists\"")) {
      throw new IllegalStateException(path + " as " + user + " answered " + response.statusCode() + " without the worklists");
    }
    return millis;
  }

  private static double raw(JdbcTemplate jdbc, String count, String page, Object... params) {
    long started = System.nanoTime();
    jdbc.queryForObject(count, Long.class, params);
    jdbc.queryForList(page, params);
    return (System.nanoTime() - started) / 1e6;
  }

  private static String explain(JdbcTemplate jdbc, String sql, Object... params) {
    return String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, params));
  }

  record Agent(String code, String team) {}

  static List<Agent> agents() {
    List<Agent> agents = new ArrayList<>();
    for (String team : SampleGenerator.teams()) {
      SampleGenerator.employees(team).forEach(code -> agents.add(new Agent(code, team)));
    }
    return agents;
  }

  private static void createUsers(BenchContext context, List<Agent> agents) {
    Directory directory = context.bean(Directory.class);
    for (String team : SampleGenerator.teams()) {
      directory.ensureGroup(team, team, Directory.TEAM);
    }
    for (Agent agent : agents) {
      directory.ensureUser(agent.code(), agent.code(), "Agent", agent.code() + "@bench.closedloop.io", agent.code(),
          List.of(Role.AGENT.groupId(), agent.team()));
    }
  }

  /** Open cases over the agents: four in five owned and in progress, one in five waiting in its team's queue. */
  private static void seed(JdbcTemplate jdbc, List<Agent> agents, int cases) {
    jdbc.execute("create table if not exists bench_agent (n int primary key, code text, team text)");
    jdbc.execute("truncate bench_agent");
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      rows.add(new Object[] {i, agents.get(i).code(), agents.get(i).team()});
    }
    jdbc.batchUpdate("insert into bench_agent values (?,?,?)", rows);
    int customers = Math.max(1, cases / 2);
    String key = "bench-inbox-" + System.nanoTime() + "-";
    jdbc.update("""
        insert into customer (id, external_id, name, segment, created_at, updated_at)
        select md5(? || 'c' || g)::uuid, ? || 'c' || g, 'Customer ' || g, 'private', now(), now()
        from generate_series(1, ?) g""", key, key, customers);
    jdbc.update("""
        insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team,
                              customer_id, content_hash)
        select md5(? || 'r' || g)::uuid, ? || 'r' || g, g % 7, 'DETRACTOR', 'Waited too long', now() - (g % 10000) * interval '1 minute',
               now(), 'customer-service', a.team, md5(? || 'c' || (g % ? + 1))::uuid, 'seeded'
        from generate_series(1, ?) g join bench_agent a on a.n = g % ?""", key, key, key, customers, cases, agents.size());
    jdbc.update("""
        insert into detractor_case (id, response_id, customer_id, status, owner, team, priority, alarming, callback_due,
                                    created_at, touchpoint)
        select md5(? || 'k' || g)::uuid, md5(? || 'r' || g)::uuid, md5(? || 'c' || (g % ? + 1))::uuid,
               case when g % 5 = 0 then 'OPEN' else 'IN_PROGRESS' end,
               case when g % 5 = 0 then null else a.code end, a.team,
               (array['HIGH', 'NORMAL', 'LOW'])[g % 3 + 1], g % 50 = 0,
               now() + ((g * 7919) % 10000 - 2000) * interval '1 minute', now() - (g % 10000) * interval '1 minute',
               'customer-service'
        from generate_series(1, ?) g join bench_agent a on a.n = g % ?""", key, key, key, customers, cases, agents.size());
    jdbc.execute("analyze detractor_case");
    jdbc.execute("analyze response");
    jdbc.execute("analyze customer");
  }
}
