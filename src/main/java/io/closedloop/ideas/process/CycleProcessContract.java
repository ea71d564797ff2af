package io.closedloop.ideas.process;

import io.closedloop.workflow.ProcessKeys;
import io.closedloop.workflow.deployment.ProcessContract;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the code expects of every version of the improvement-cycle process: expressions call
 * {@link CycleProcess}, and the steps the idea pages and API complete keep their forms.
 */
@Configuration(proxyBeanMethods = false)
public class CycleProcessContract {

  public static final ProcessContract CONTRACT = new ProcessContract(ProcessKeys.IMPROVEMENT_CYCLE, CycleProcess.class,
      Map.of(
          CycleVariables.EVALUATE_IDEA, "evaluate-idea",
          CycleVariables.RUN_MEETING, "run-improvement-meeting",
          CycleVariables.CONFIRM_SELECTION, "confirm-selection",
          CycleVariables.CARRY_OUT_IDEA, "carry-out-idea",
          CycleVariables.PREPARE_PLAN, "prepare-plan"),
      Map.of(), List.of());

  @Bean
  ProcessContract improvementCycleContract() {
    return CONTRACT;
  }
}
