package io.closedloop.workflow;

/** The keys of the processes and decisions deployed from {@code bpmn/}. */
public final class ProcessKeys {

  public static final String DETRACTOR_CASE = "detractor-case";
  public static final String IMPROVEMENT_CYCLE = "improvement-cycle";
  public static final String CASE_ROUTING = "case-routing";
  public static final String ESCALATION_LADDER = "escalation-ladder";

  private ProcessKeys() {}
}
