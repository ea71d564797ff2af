package io.closedloop.calendar;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The call-back rule with its level 2 escalation delay from {@code closedloop.cases.escalation.level-two-after}. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  CallbackDeadline callbackDeadline(@Value("${closedloop.cases.escalation.level-two-after:PT4H}") Duration levelTwoAfter) {
    return new CallbackDeadline(levelTwoAfter);
  }
}
