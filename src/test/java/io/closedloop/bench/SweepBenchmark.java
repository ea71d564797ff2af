package io.closedloop.bench;

import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.demo.generator.SampleResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many cases pass their call-back deadline at once: the time until the job executor has
 * escalated every one, against the same job executor firing as many timers of a trivial process
 * (start, one timer, end) deployed by the benchmark. The cases are opened through the API
 * beforehand; then their escalation ladder's timers, due at the call-back deadline, and the cases'
 * deadlines are moved into the past in one statement, and a timer due now wakes the job executor
 * for both sides alike.
 */
final class SweepBenchmark implements Benchmark {

  static final String EMPTY_TIMER = "bench-empty-timer";

  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    int cases = context.size(10_000, 100);
    deployEmptyTimer(context);
    JdbcTemplate jdbc = context.jdbc();
    double before = emptyTimers(context, cases);
    String prefix = "bench-sweep-" + System.nanoTime() + "-";
    openCases(context, SampleRows.detractors(cases, 77, prefix));
    // a sample customer answering twice joins their open case: one case per customer, not per answer
    int opened = jdbc.queryForObject("""
        select count(*) from detractor_case c join response r on r.id = c.response_id where r.external_id like ?""",
        Integer.class, prefix + "%");
    long passed = System.nanoTime();
    jdbc.update("""
        update detractor_case c set callback_due = now() - interval '1 minute'
        from response r where r.id = c.response_id and r.external_id like ?""", prefix + "%");
    int moved = jdbc.update("""
        update act_ru_job j set duedate_ = now() - interval '1 second'
        from act_ru_execution e, detractor_case c, response r
        where e.id_ = j.process_instance_id_ and e.business_key_ = c.id::text and r.id = c.response_id
          and r.external_id like ? and j.handler_type_ like 'timer%' and j.handler_cfg_ like 'CallBackEscalationDue%'""",
        prefix + "%");
    if (moved != opened) {
      throw new IllegalStateException("expected one escalation timer for each of the " + opened + " cases, moved " + moved);
    }
    kick(context);
    waitUntil(() -> jdbc.queryForObject("""
        select count(*) from detractor_case c join response r on r.id = c.response_id
        where r.external_id like ? and c.escalation_level >= 1""", Integer.class, prefix + "%") >= opened);
    double appSeconds = (System.nanoTime() - passed) / 1e9;
    double after = emptyTimers(context, cases);
    double baseline = (before + after) / 2;
    return Result.of(name())
        .figure(Figure.vsBaseline("escalation sweep", Stats.round(opened / appSeconds, 1), "cases/s", "empty timers",
            Stats.round(cases / baseline, 1), 0.8))
        .figure(Figure.plain("time until all " + opened + " escalated", Stats.round(appSeconds, 1), "s"))
        .detail("cases", opened).detail("emptyTimerSecondsBefore", Stats.round(before, 2))
        .detail("emptyTimerSecondsAfter", Stats.round(after, 2))
        .detail("jobExecutor", jobExecutorSettings(context))
        .build();
  }

  private static void deployEmptyTimer(BenchContext context) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(EMPTY_TIMER).camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("wait").timerWithDate("${due}").endEvent().done();
    context.bean(RepositoryService.class).createDeployment().name(EMPTY_TIMER).enableDuplicateFiltering(true)
        .addModelInstance(EMPTY_TIMER + ".bpmn", model).deploy();
  }

  /** Seconds until the job executor fires {@code count} empty timers that all fell due at once. */
  private static double emptyTimers(BenchContext context, int count) throws Exception {
    RuntimeService runtime = context.bean(RuntimeService.class);
    Date later = Date.from(Instant.now().plusSeconds(86_400));
    AtomicInteger next = new AtomicInteger();
    IntakeBenchmark.runOn(2, () -> {
      while (next.getAndIncrement() < count) {
        runtime.startProcessInstanceByKey(EMPTY_TIMER, Map.of("due", later));
      }
      return null;
    });
    JdbcTemplate jdbc = context.jdbc();
    long started = System.nanoTime();
    jdbc.update("update act_ru_job set duedate_ = now() - interval '1 second' where process_def_key_ = ?", EMPTY_TIMER);
    kick(context);
    waitUntil(() -> jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?", Integer.class, EMPTY_TIMER) == 0);
    return (System.nanoTime() - started) / 1e9;
  }

  /** A timer due now: creating it wakes the job executor, which otherwise may sleep after an idle spell. */
  private static void kick(BenchContext context) {
    context.bean(RuntimeService.class).startProcessInstanceByKey(EMPTY_TIMER, Map.of("due", new Date()));
  }

  private static void openCases(BenchContext context, List<SampleResponse> detractors) throws Exception {
    List<List<Object>> batches = new ArrayList<>();
    for (int i = 0; i < detractors.size(); i += 100) {
      batches.add(detractors.subList(i, Math.min(detractors.size(), i + 100)).stream().map(r -> (Object) r.toSubmission()).toList());
    }
    AtomicInteger next = new AtomicInteger();
    IntakeBenchmark.runOn(2, () -> {
      for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
        context.postJson("admin", "/api/responses/batch", batches.get(i));
      }
      return null;
    });
  }

  private static Map<String, Object> jobExecutorSettings(BenchContext context) {
    var executor = context.bean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration() instanceof
        org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl impl ? impl.getJobExecutor() : null;
    return executor == null ? Map.of() : Map.of("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition(),
        "waitTimeMillis", executor.getWaitTimeInMillis(), "maxWaitMillis", executor.getMaxWait(),
        "class", executor.getClass().getSimpleName());
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  static void waitUntil(Condition condition) throws Exception {
    long deadline = System.nanoTime() + 30 * 60 * 1_000_000_000L;
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gave up after 30 minutes");
      }
      Thread.sleep(100);
    }
  }
}
