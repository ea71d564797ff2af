package io.closedloop.ideas.process;

/** The names of the variables an improvement-cycle process holds, and of its user tasks and message. */
public final class CycleVariables {

  public static final String CYCLE_ID = "cycleId";
  public static final String OPENED = "opened";
  public static final String EVALUATION_COUNT = "evaluationCount";
  public static final String IDEA_ID = "ideaId";
  public static final String IMPLEMENTED = "implemented";
  public static final String EFFECT = "effect";
  public static final String CHOSEN_IDEAS = "chosenIdeas";
  public static final String OVERRIDE_REASON = "overrideReason";
  public static final String OWNERS = "owners";
  public static final String WORKING_GROUP = "workingGroup";
  public static final String HAS_LONG_TERM = "hasLongTerm";
  public static final String LONG_TERM_IDEA = "longTermIdea";
  public static final String DUE_AT = "dueAt";
  public static final String DONE_NOTE = "doneNote";
  public static final String PLAN = "plan";
  public static final String ACTOR = "actor";

  public static final String EVALUATE_IDEA = "EvaluateIdea";
  public static final String RUN_MEETING = "RunImprovementMeeting";
  public static final String CONFIRM_SELECTION = "ConfirmSelection";
  public static final String CARRY_OUT_IDEA = "CarryOutIdea";
  public static final String PREPARE_PLAN = "PreparePlan";

  public static final String NEXT_CYCLE_OPENED = "next-cycle-opened";
  public static final String STARTED_BY_HAND = "improvement-cycle-started-by-hand";

  private CycleVariables() {}
}
