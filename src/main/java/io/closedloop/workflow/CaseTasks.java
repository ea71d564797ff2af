package io.closedloop.workflow;

/** The ids of the user tasks of the detractor-case process. */
public final class CaseTasks {

  public static final String CALL_BACK = "CallBackCustomer";
  public static final String RESOLVE = "ResolveCase";
  public static final String REVIEW_ALARM = "ReviewAlarmingCase";

  private CaseTasks() {}
}
