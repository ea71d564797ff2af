package io.closedloop.cases;

/** The process that drives a case; implemented on the process engine in {@code cases/process}. */
public interface CaseWorkflow {

  /** Starts the case's process in the caller's transaction: if it fails, the case is not opened. */
  void start(CaseId caseId, OpenCase facts, boolean alarming);

  /** The case has a new owner (null: back to the team's queue): the open tasks of its process follow. */
  void ownerChanged(CaseId caseId, String owner);

  /** Hands a contact attempt to the process, which records it through {@link RecordingContactAttempt}. */
  void contactAttempted(CaseId caseId, LogContactAttempt attempt);

  /** Hands a resolution to the process, which records it through {@link RecordingResolution}. */
  void resolutionSubmitted(CaseId caseId, ResolveCase resolution);

  /** Whether the case's process still waits for someone to review its alarm. */
  boolean awaitsAlarmReview(CaseId caseId);

  /** Completes the alarm review with what the reviewer did. */
  void alarmReviewed(CaseId caseId, String action, String by);
}
