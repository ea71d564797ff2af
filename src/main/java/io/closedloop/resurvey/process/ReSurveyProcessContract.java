package io.closedloop.resurvey.process;

import io.closedloop.workflow.deployment.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the code expects of every version of the re-survey process: expressions call {@link ReSurveyProcess}. */
@Configuration(proxyBeanMethods = false)
public class ReSurveyProcessContract {

  public static final ProcessContract CONTRACT = ProcessContract.adapterOnly(ReSurveyVariables.PROCESS_KEY, ReSurveyProcess.class);

  @Bean
  ProcessContract reSurveyContract() {
    return CONTRACT;
  }
}
