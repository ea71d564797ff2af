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
 * beforehand; then, in rounds that alternate the two sides on a share of the cases each, their
 * escalation ladder's timers, due at the call-back deadline, and the cases' deadlines are moved
 * into the past in one statement, and a timer due now wakes the job executor for both sides alike.
 */
final class SweepBenchmark implements Benchmark {

  static final String EMPTY_TIMER = "bench-empty-timer";
  static final String LADDER_SHAPE = "bench-ladder-shape";

  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    int cases = context.size(10_000, 100);
    int rounds = context.size(4, 2);
    deployEmptyTimer(context);
    deployLadderShape(context);
    JdbcTemplate jdbc = context.jdbc();
    String prefix = "bench-sweep-" + System.nanoTime() + "-";
    openCases(context, SampleRows.detractors(cases, 77, prefix));
    // a sample customer answering twice joins their open case: one case per customer, not per answer
    List<String> opened = jdbc.queryForList("""
        select c.id::text from detractor_case c join response r on r.id = c.response_id where r.external_id like ? order by c.id""",
        String.class, prefix + "%");
    double sweepSeconds = 0;
    double timerSeconds = 0;
    double shapeSeconds = 0;
    List<Double> roundRatios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<String> slice = opened.subList(round * opened.size() / rounds, (round + 1) * opened.size() / rounds);
      double timers = emptyTimers(context, slice.size());
      shapeSeconds += ladderShapes(context, slice.size());
      double sweep = escalate(context, slice);
      timerSeconds += timers;
      sweepSeconds += sweep;
      roundRatios.add(Stats.round(timers / sweep, 2));
    }
    return Result.of(name())
        .figure(Figure.vsBaseline("escalation sweep", Stats.round(opened.size() / sweepSeconds, 1), "cases/s", "empty timers",
            Stats.round(opened.size() / timerSeconds, 1), 0.8))
        .figure(new Figure("escalation sweep against the engine's steps of the ladder", Stats.round(opened.size() / sweepSeconds, 1),
            "cases/s", "timer, service task, gateway, next timer", Stats.round(opened.size() / shapeSeconds, 1),
            Stats.round(shapeSeconds / sweepSeconds, 2), null, null))
        .figure(Figure.plain("time until all " + opened.size() + " escalated", Stats.round(sweepSeconds, 1), "s"))
        .detail("cases", opened.size()).detail("rounds", rounds).detail("emptyTimerSeconds", Stats.round(timerSeconds, 2))
        .detail("ladderShapeSeconds", Stats.round(shapeSeconds, 2))
        .detail("ratioOfEachRound", roundRatios)
        .detail("jobExecutor", jobExecutorSettings(context))
        .build();
  }

  /** Seconds until the job executor has escalated these cases, once their call-back deadline passed all at once. */
  private static double escalate(BenchContext context, List<String> caseIds) throws Exception {
    JdbcTemplate jdbc = context.jdbc();
    String[] ids = caseIds.toArray(String[]::new);
    long passed = System.nanoTime();
    jdbc.update("update detractor_case set callback_due = now() - interval '1 minute' where id = any(?::uuid[])", (Object) ids);
    int moved = jdbc.update("""
        update act_ru_job j set duedate_ = now() - interval '1 second'
        from act_ru_execution e
        where e.id_ = j.process_instance_id_ and e.business_key_ = any(?)
          and j.handler_type_ like 'timer%' and j.handler_cfg_ like 'CallBackEscalationDue%'""", (Object) ids);
    if (moved != ids.length) {
      throw new IllegalStateException("expected one escalation timer for each of the " + ids.length + " cases, moved " + moved);
    }
    kick(context);
    waitUntil(() -> jdbc.queryForObject("select count(*) from detractor_case where id = any(?::uuid[]) and escalation_level >= 1",
        Integer.class, (Object) ids) >= ids.length);
    return (System.nanoTime() - passed) / 1e9;
  }

  private static void deployEmptyTimer(BenchContext context) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(EMPTY_TIMER).camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("wait").timerWithDate("${due}").endEvent().done();
    context.bean(RepositoryService.class).createDeployment().name(EMPTY_TIMER).enableDuplicateFiltering(true)
        .addModelInstance(EMPTY_TIMER + ".bpmn", model).deploy();
  }

  /**
   * The engine's own steps of one escalation, without ClosedLoop's work: a timer, a service task
   * whose output sets a variable, a gateway and the next level's timer, as the ladder's loop in detractor-case.
   */
  private static void deployLadderShape(BenchContext context) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(LADDER_SHAPE).camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("due").timerWithDate("${due}")
        .serviceTask("escalate").camundaExpression("${true}").camundaOutputParameter("escalationsLeft", "${true}")
        .exclusiveGateway("levelLeft").intermediateCatchEvent("nextLevelDue").timerWithDate("${later}").endEvent().done();
    context.bean(RepositoryService.class).createDeployment().name(LADDER_SHAPE).enableDuplicateFiltering(true)
        .addModelInstance(LADDER_SHAPE + ".bpmn", model).deploy();
  }

  /** Starts {@code count} instances of a benchmark process on two threads, untimed. */
  private static void startInstances(BenchContext context, String processKey, int count, Map<String, Object> variables) throws Exception {
    RuntimeService runtime = context.bean(RuntimeService.class);
    AtomicInteger next = new AtomicInteger();
    IntakeBenchmark.runOn(2, () -> {
      while (next.getAndIncrement() < count) {
        runtime.startProcessInstanceByKey(processKey, variables);
      }
      return null;
    });
  }

  private static Date tomorrow() {
    return Date.from(Instant.now().plusSeconds(86_400));
  }

  /** Seconds until the job executor has taken {@code count} instances of the ladder's shape to their next timer. */
  private static double ladderShapes(BenchContext context, int count) throws Exception {
    Date later = tomorrow();
    startInstances(context, LADDER_SHAPE, count, Map.of("due", later, "later", later));
    JdbcTemplate jdbc = context.jdbc();
    long started = System.nanoTime();
    jdbc.update("update act_ru_job set duedate_ = now() - interval '1 second' where process_def_key_ = ? and handler_cfg_ like 'due%'", LADDER_SHAPE);
    kick(context);
    waitUntil(() -> jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ? and duedate_ < now() + interval '1 hour'",
        Integer.class, LADDER_SHAPE) == 0);
    return (System.nanoTime() - started) / 1e9;
  }

  /** Seconds until the job executor fires {@code count} empty timers that all fell due at once. */
  private static double emptyTimers(BenchContext context, int count) throws Exception {
    startInstances(context, EMPTY_TIMER, count, Map.of("due", tomorrow()));
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
