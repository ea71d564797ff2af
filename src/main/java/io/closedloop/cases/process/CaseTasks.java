package io.closedloop.cases.process;

/** The ids of the user tasks of the detractor-case process. */
public final class CaseTasks {

  public static final String CALL_BACK = "CallBackCustomer";
  public static final String RESOLVE = "ResolveCase";
  public static final String REVIEW_ALARM = "ReviewAlarmingCase";

  /** The tasks ClosedLoop's case page works with forms of its own and records on the timeline itself; any other is generic. */
  public static final java.util.Set<String> WITH_OWN_HANDLING = java.util.Set.of(CALL_BACK, RESOLVE, REVIEW_ALARM);

  /** The variable holding the root-cause taxonomy's leaves as choices, read by the resolve form's {@code valuesKey}. */
  public static final String ROOT_CAUSE_OPTIONS = "rootCauseOptions";

  private CaseTasks() {}
}
