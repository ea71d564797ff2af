package io.closedloop.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the domain reads time from (UTC), which the demo sample may move back on its own thread. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  @Bean
  ReplayClock clock() {
    return new ReplayClock(Clock.systemUTC());
  }
}
