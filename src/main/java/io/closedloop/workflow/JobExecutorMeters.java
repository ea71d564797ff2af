package io.closedloop.workflow;

import static io.closedloop.shared.RecentValue.GAUGE_AGE;

import io.closedloop.shared.RecentValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The job executor of this node for Prometheus: jobs acquired, executed and failed (counters, seen
 * as the engine runs the commands), and, from the database, the backlog of jobs due and the jobs
 * out of retries (incidents). Timers, escalations and asynchronous steps are all jobs.
 */
@Component
class JobExecutorMeters extends AbstractProcessEnginePlugin {

  private final Counter acquired;
  private final Counter executed;
  private final Counter failed;

  JobExecutorMeters(MeterRegistry registry, ObjectProvider<ManagementService> management) {
    this.acquired = Counter.builder("camunda.jobs.acquired").description("Jobs this node's job executor acquired").register(registry);
    this.executed = Counter.builder("camunda.jobs.executed").description("Jobs this node executed successfully").register(registry);
    this.failed = Counter.builder("camunda.jobs.failed").description("Job executions on this node that failed (and may be retried)")
        .register(registry);
    RecentValue<JobCounts> jobs = RecentValue.readAtMostEvery(GAUGE_AGE, () -> count(management.getObject()));
    Gauge.builder("camunda.jobs.backlog", jobs, counts -> counts.get().due())
        .description("Jobs due and waiting for any node's job executor").register(registry);
    Gauge.builder("camunda.jobs.without.retries", jobs, counts -> counts.get().withoutRetries())
        .description("Jobs that failed all their retries (incidents)").register(registry);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CountingJobs());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static JobCounts count(ManagementService management) {
    return new JobCounts(management.createJobQuery().executable().count(), management.createJobQuery().noRetriesLeft().count());
  }

  private record JobCounts(long due, long withoutRetries) {}

  private class CountingJobs extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof ExecuteJobsCmd) {
        try {
          T result = next.execute(command);
          executed.increment();
          return result;
        } catch (RuntimeException e) {
          failed.increment();
          throw e;
        }
      }
      T result = next.execute(command);
      if (command instanceof AcquireJobsCmd && result instanceof AcquiredJobs jobs) {
        acquired.increment(jobs.size());
      }
      return result;
    }
  }
}
