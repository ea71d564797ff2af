package io.closedloop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.bench.SampleRows.SeededCase;
import io.closedloop.cases.AlarmRule;
import io.closedloop.demo.generator.SampleResponse;
import io.closedloop.workflow.ProcessKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Detractors per second through {@code POST /api/responses/batch} (each stores a response, opens a
 * case and starts its process) against the raw engine: {@code startProcessInstanceByKey} of the
 * same process with the same variables, for cases whose rows were written beforehand (the
 * process's own steps read them), on the same number of threads. Rounds alternate the two sides.
 * Every detractor comes from a customer of its own on both sides, so each opens a case and starts
 * its process: one answering again would join their open case instead.
 */
final class IntakeBenchmark implements Benchmark {

  private static final int BATCH = 100;

  @Override
  public String name() {
    return "intake";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    int perRound = context.size(600, 40);
    int rounds = context.size(2, 1);
    List<Integer> threadCounts = context.quick() ? List.of(2) : List.of(1, 2);
    Result.Builder result = Result.of(name()).detail("detractorsPerRound", perRound).detail("rounds", rounds)
        .detail("batchSize", BATCH);
    long seed = 1_000;
    warmUp(context);
    for (int threads : threadCounts) {
      double appSeconds = 0;
      double rawSeconds = 0;
      for (int round = 0; round < rounds; round++) {
        seed++;
        appSeconds += throughApi(context, SampleRows.detractorsOfTheirOwn(perRound, seed, "bench-intake-api-" + seed + "-"), threads);
        seed++;
        rawSeconds += rawEngine(context, SampleRows.detractors(perRound, seed, "bench-intake-raw-" + seed + "-"), threads);
      }
      double app = perRound * rounds / appSeconds;
      double raw = perRound * rounds / rawSeconds;
      result.figure(Figure.vsBaseline("intake, " + threads + " thread(s)", Stats.round(app, 1), "detractors/s",
          "raw engine start", Stats.round(raw, 1), 0.8));
    }
    return result.build();
  }

  private void warmUp(BenchContext context) throws Exception {
    int warm = context.size(100, 20);
    throughApi(context, SampleRows.detractorsOfTheirOwn(warm, 1, "bench-intake-warm-api-"), 2);
    rawEngine(context, SampleRows.detractors(warm, 2, "bench-intake-warm-raw-"), 2);
  }

  private static double throughApi(BenchContext context, List<SampleResponse> detractors, int threads) throws Exception {
    List<List<Object>> batches = new ArrayList<>();
    for (int i = 0; i < detractors.size(); i += BATCH) {
      batches.add(detractors.subList(i, Math.min(detractors.size(), i + BATCH)).stream()
          .map(r -> (Object) r.toSubmission()).toList());
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger cases = new AtomicInteger();
    long started = System.nanoTime();
    runOn(threads, () -> {
      for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
        JsonNode answer = context.postJson("admin", "/api/responses/batch", batches.get(i));
        if (answer.get("created").asInt() != batches.get(i).size()) {
          throw new IllegalStateException("a batch was not stored whole: " + answer);
        }
        answer.get("results").forEach(row -> {
          if (!row.get("caseId").isNull()) {
            cases.incrementAndGet();
          }
        });
      }
      return null;
    });
    double seconds = (System.nanoTime() - started) / 1e9;
    if (cases.get() != detractors.size()) {
      throw new IllegalStateException("expected a case per detractor, got " + cases.get());
    }
    return seconds;
  }

  private static double rawEngine(BenchContext context, List<SampleResponse> detractors, int threads) throws Exception {
    List<SeededCase> cases = SampleRows.insertOpenCases(context.jdbc(), detractors);
    RuntimeService runtime = context.bean(RuntimeService.class);
    AlarmRule alarmRule = context.bean(AlarmRule.class);
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    runOn(threads, () -> {
      for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
        SeededCase seeded = cases.get(i);
        runtime.startProcessInstanceByKey(ProcessKeys.DETRACTOR_CASE, seeded.caseId().toString(),
            variables(seeded, alarmRule.isAlarming(seeded.response().score(), seeded.response().comment())));
      }
      return null;
    });
    return (System.nanoTime() - started) / 1e9;
  }

  /** The variables intake starts the process with (see CamundaCaseWorkflow). */
  static Map<String, Object> variables(SeededCase seeded, boolean alarming) {
    SampleResponse r = seeded.response();
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", seeded.caseId().toString());
    variables.put("score", r.score());
    variables.put("touchpoint", r.touchpoint());
    variables.put("team", r.team());
    variables.put("segment", r.customer().segment());
    variables.put("alarming", alarming);
    variables.put("accountOwner", null);
    variables.put("servicePreference", r.customer().servicePreference() == null ? "unknown" : r.customer().servicePreference().name());
    variables.put("serviceHint", r.customer().servicePreference() == null ? "Ask how the customer would like to be helped."
        : r.customer().servicePreference().hint());
    variables.put("comment", r.comment() == null ? "" : r.comment());
    return variables;
  }

  static void runOn(int threads, java.util.concurrent.Callable<Void> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(work));
      }
      for (Future<Void> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
