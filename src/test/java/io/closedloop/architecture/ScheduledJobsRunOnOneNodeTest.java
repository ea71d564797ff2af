package io.closedloop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every scheduled job runs on one node at a time, unless it is built to share its work between nodes. */
class ScheduledJobsRunOnOneNodeTest {

  /** Jobs that several nodes may run at once, and why that is safe. */
  private static final Map<String, String> SHARED_BY_NODES = Map.of(
      "io.closedloop.outbox.SendingOutbox.sendDue",
      "claims each due message with FOR UPDATE SKIP LOCKED and a lease, so nodes send different messages");

  @Test
  void every_scheduled_job_holds_a_scheduler_lock_or_says_why_nodes_may_share_it() throws ClassNotFoundException {
    List<String> scheduled = new ArrayList<>();
    List<String> unlocked = new ArrayList<>();
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (BeanDefinition bean : scanner.findCandidateComponents("io.closedloop")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Scheduled.class)) {
          String name = type.getName() + "." + method.getName();
          scheduled.add(name);
          if (!method.isAnnotationPresent(SchedulerLock.class) && !SHARED_BY_NODES.containsKey(name)) {
            unlocked.add(name);
          }
        }
      }
    }

    assertThat(scheduled).as("scheduled jobs found").hasSizeGreaterThanOrEqualTo(5).containsAll(SHARED_BY_NODES.keySet());
    assertThat(unlocked).as("scheduled jobs without @SchedulerLock").isEmpty();
  }
}
