package io.closedloop.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.bench.StartupBenchmark.Launch;
import io.closedloop.demo.generator.SampleResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Five years of a large company on one node at {@code -Xmx1g}: five million answers and a million
 * cases, about 50,000 of them open with their running process instances (opened through the
 * batch API, four in five then claimed by agents). Measures the start-up on that data (the case
 * facts load in the background), that the closed-loop figures asked during that load equal those
 * after it, the heap the case facts take per 100,000 cases, and the p95 of the metrics
 * endpoints and of an agent's inbox and a team's queue over the API.
 */
final class ScaleBenchmark implements Benchmark {

  private static final Pattern LOADED = Pattern.compile("Case facts loaded: (\\d+) cases in (\\d+) ms");
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  @Override
  public String name() {
    return "scale";
  }

  @Override
  public boolean needsApplication() {
    return false;
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    int responses = context.size(5_000_000, 20_000);
    int open = context.size(50_000, 200);
    int runs = context.size(60, 10);
    Path jar = StartupBenchmark.jar(context.projectDir());
    Path dataDir = context.workDir().resolve("scale-data-" + responses);
    List<String> jvm = List.of("-Xmx1g");
    List<String> demoUsers = List.of("--closedloop.demo-data=true");
    Map<String, Object> data = prepared(dataDir, () -> prepare(jar, dataDir, context.workDir(), responses, open));
    long cases = ((Number) ((Map<?, ?>) data.get("data")).get("cases")).longValue();

    double[] heap = caseFactHeap(jar, dataDir, context.workDir(), jvm, cases);

    Launch node = Launch.start(jar, dataDir, context.workDir(), jvm, demoUsers);
    try {
      return measure(node, data, heap, cases, runs, jvm);
    } finally {
      node.stop();
    }
  }

  private Result measure(Launch node, Map<String, Object> data, double[] heap, long cases, int runs, List<String> jvm)
      throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // a past year: its figures do not move with the clock between the two requests
    String pastYear = "/api/metrics/closed-loop?from=" + today.minusDays(395) + "&to=" + today.minusDays(31) + "&groupBy=team";
    String whileLoading = body(node.port, "lea", pastYear);
    boolean loadingWhenAsked = !LOADED.matcher(Files.readString(node.log)).find();
    Matcher loaded = awaitLoaded(node.log);
    boolean sameFigures = whileLoading.equals(body(node.port, "lea", pastYear));

    Map<String, String> paths = new LinkedHashMap<>();
    for (Map.Entry<String, LocalDate> period : Map.of("year", today.minusDays(364), "quarter", today.minusDays(89)).entrySet()) {
      String range = "?from=" + period.getValue() + "&to=" + today;
      paths.put("NPS, " + period.getKey(), "/api/metrics/nps" + range);
      paths.put("NPS, " + period.getKey() + ", by touchpoint", "/api/metrics/nps" + range + "&groupBy=touchpoint");
      paths.put("closed loop, " + period.getKey(), "/api/metrics/closed-loop" + range);
      paths.put("closed loop, " + period.getKey() + ", by owner", "/api/metrics/closed-loop" + range + "&groupBy=owner");
      paths.put("closed loop, " + period.getKey() + ", by week", "/api/metrics/closed-loop" + range + "&groupBy=week");
    }
    Result.Builder result = Result.of(name())
        .figure(Figure.atMost("start-up at " + cases + " cases, -Xmx1g", Stats.round(node.readySeconds, 1), "s", 15))
        .figure(Figure.plain("case facts loaded in the background", Stats.round(Long.parseLong(loaded.group(2)) / 1000.0, 1), "s"))
        .figure(Figure.plain("closed-loop figures asked while loading equal those after it (1 = yes)", sameFigures ? 1 : 0, ""))
        .figure(Figure.plain("heap of the case facts per 100,000 cases", Stats.round(heap[0], 1), "MB"))
        .figure(Figure.plain("heap in use after a full GC, case facts loaded", Stats.round(heap[1], 0), "MB"));
    double worstMetrics = 0;
    for (Map.Entry<String, String> path : paths.entrySet()) {
      double p95 = p95(node.port, "lea", path.getValue(), runs);
      worstMetrics = Math.max(worstMetrics, p95);
      result.figure(Figure.atMost(path.getKey() + " p95", p95, "ms", 100));
    }
    // the inbox is the agent's cases in progress, as /inbox shows them; all five years of them is a search
    result.figure(Figure.atMost("agent inbox (API, cases in progress) p95",
        p95(node.port, "alice", "/api/cases?owner=alice&status=IN_PROGRESS&sort=callbackDue,asc", runs * 2), "ms", 30));
    result.figure(Figure.plain("agent's cases of five years, any status (API) p95",
        p95(node.port, "alice", "/api/cases?owner=alice&sort=callbackDue,asc", runs * 2), "ms"));
    result.figure(Figure.atMost("team queue (API) p95",
        p95(node.port, "mike", "/api/cases?team=customer-service&status=OPEN&sort=callbackDue,asc", runs * 2), "ms", 30));
    return result.detail("preparation", data).detail("jvmArgs", jvm).detail("askedWhileLoading", loadingWhenAsked).detail("caseFactsInMemory", Long.parseLong(loaded.group(1)))
        .detail("caseFactHeapMb", Stats.round(heap[2], 1)).detail("measuredRequests", runs)
        .detail("worstMetricsP95Ms", worstMetrics).build();
  }

  /**
   * The data of an earlier run of the same size when its preparation finished (so the measuring
   * can be repeated on a quiet machine without hours of loading), else {@code preparation}'s.
   */
  private static Map<String, Object> prepared(Path dataDir, Callable<Map<String, Object>> preparation) throws Exception {
    Path done = dataDir.resolve("scale-prepared.json");
    if (Files.exists(done)) {
      return BenchContext.JSON.readValue(done.toFile(), new TypeReference<Map<String, Object>>() {});
    }
    FileSystemUtils.deleteRecursively(dataDir);
    Map<String, Object> data = preparation.call();
    BenchContext.JSON.writeValue(done.toFile(), data);
    return data;
  }

  /** Opens the cases through the API on a first start, claims four in five, then writes the history straight into the database. */
  private static Map<String, Object> prepare(Path jar, Path dataDir, Path workDir, int responses, int open) throws Exception {
    // without the demo sample: the demo users come with the next start, on a database that is not empty
    Launch first = Launch.start(jar, dataDir, workDir, List.of("-Xmx1g"), List.of("--closedloop.demo-data=false"));
    long openStarted = System.nanoTime();
    openCases(first.port, open);
    double openSeconds = (System.nanoTime() - openStarted) / 1e9;
    JdbcTemplate jdbc = ScaleData.database(dataDir);
    int claimed = ScaleData.claimOpenCases(jdbc);
    long loadStarted = System.nanoTime();
    ScaleData.history(jdbc, responses - open);
    double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
    Map<String, Object> counts = jdbc.queryForMap("""
        select (select count(*) from response) as responses, (select count(*) from detractor_case) as cases,
               (select count(*) from detractor_case where status in ('OPEN', 'IN_PROGRESS')) as open_cases,
               (select count(*) from act_ru_execution where parent_id_ is null and proc_def_key_ = 'detractor-case') as running_case_processes,
               (select count(*) from case_fact) as case_facts, (select count(*) from nps_daily) as nps_daily_rows""");
    first.stop();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("data", counts);
    data.put("claimedOpenCases", claimed);
    data.put("openCasesThroughTheApiSeconds", Stats.round(openSeconds, 1));
    data.put("historyLoadSeconds", Stats.round(loadSeconds, 1));
    data.put("preparedAt", java.time.Instant.now().toString());
    return data;
  }

  /**
   * With the background load off, the heap in use after a full GC before and after the first
   * closed-loop request loads every case fact: MB per 100,000 cases, MB in use after, MB they take.
   */
  private static double[] caseFactHeap(Path jar, Path dataDir, Path workDir, List<String> jvm, long cases) throws Exception {
    Launch node = Launch.start(jar, dataDir, workDir, jvm, List.of("--closedloop.demo-data=true",
        "--closedloop.metrics.load-case-facts-when-ready=false"));
    long before;
    long after;
    try {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      String week = "/api/metrics/closed-loop?from=" + today.minusDays(6) + "&to=" + today;
      body(node.port, "lea", "/api/metrics/nps?from=" + today.minusDays(6) + "&to=" + today);
      before = heapUsedAfterGcKb(node.process.pid());
      body(node.port, "lea", week);
      after = heapUsedAfterGcKb(node.process.pid());
    } finally {
      node.stop();
    }
    double factsMb = (after - before) / 1024.0;
    return new double[] {factsMb / (cases / 100_000.0), after / 1024.0, factsMb};
  }

  private static long heapUsedAfterGcKb(long pid) throws Exception {
    jcmd(pid, "GC.run");
    Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("no heap figure from jcmd");
    }
    return Long.parseLong(used.group(1));
  }

  private static String jcmd(long pid, String command) throws Exception {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
        .redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  private static Matcher awaitLoaded(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      Matcher loaded = LOADED.matcher(Files.readString(log));
      if (loaded.find()) {
        return loaded;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the case facts did not load within 10 minutes; see " + log);
  }

  /**
   * The open cases, through the batch API as intake receives them, so each has its running process;
   * each answer from a customer of its own, as a generated customer answering again would join their open case.
   */
  private static void openCases(int port, int count) throws Exception {
    List<SampleResponse> detractors = SampleRows.detractorsOfTheirOwn(count, 2031, "scale-open-" + System.nanoTime() + "-");
    List<String> batches = new ArrayList<>();
    for (int i = 0; i < detractors.size(); i += 100) {
      batches.add(BenchContext.JSON.writeValueAsString(detractors.subList(i, Math.min(detractors.size(), i + 100)).stream()
          .map(SampleResponse::toSubmission).toList()));
    }
    HttpClient client = HttpClient.newHttpClient();
    AtomicInteger next = new AtomicInteger();
    IntakeBenchmark.runOn(2, () -> {
      for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
        BenchContext.expectOk(client.send(request(port, "benchadmin", "/api/responses/batch").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(batches.get(i))).build(), HttpResponse.BodyHandlers.ofString()));
      }
      return null;
    });
  }

  private static double p95(int port, String user, String path, int runs) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = request(port, user, path).GET().build();
    for (int i = 0; i < 10; i++) {
      BenchContext.expectOk(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      BenchContext.expectOk(client.send(request, HttpResponse.BodyHandlers.ofString()));
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    return Stats.round(Stats.percentile(millis, 95), 1);
  }

  private static String body(int port, String user, String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(request(port, user, path).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    BenchContext.expectOk(response);
    return response.body();
  }

  private static HttpRequest.Builder request(int port, String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", BenchContext.basic(user))
        .header("Accept", "application/json").timeout(Duration.ofMinutes(5));
  }
}
