package io.closedloop.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo users, and the demo sample on an empty database, when demo data is on. */
@Component
@Order(10)
class DemoSeeding implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

  private final DemoDataSwitch demoData;
  private final DemoUsers users;
  private final DemoSample sample;
  private final DemoLabels labels;
  private final DemoIdeas ideas;

  DemoSeeding(DemoDataSwitch demoData, DemoUsers users, DemoSample sample, DemoLabels labels, DemoIdeas ideas) {
    this.demoData = demoData;
    this.users = users;
    this.sample = sample;
    this.labels = labels;
    this.ideas = ideas;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demoData.isOn()) {
      return;
    }
    users.create();
    if (sample.databaseIsEmpty()) {
      sample.create();
      labels.create();
      ideas.create();
      log.info("Demo data created: log in as alice/alice (agent), mike/mike (manager) or admin/admin");
    }
  }
}
