package io.closedloop.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Demo data is on when {@code closedloop.demo-data} says so, and by default only on the embedded database. */
@Component
public class DemoDataSwitch {

  private final boolean on;

  DemoDataSwitch(Environment environment, ObjectProvider<EmbeddedPostgres> embedded) {
    String setting = environment.getProperty("closedloop.demo-data", "");
    this.on = setting.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(setting);
  }

  public boolean isOn() {
    return on;
  }
}
