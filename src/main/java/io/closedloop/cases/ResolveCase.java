package io.closedloop.cases;

import io.closedloop.ideas.ProposeIdea;

/**
 * Close the loop with a reached customer: root cause, outcome, notes, the message to the customer
 * and how it reaches them ({@code null} channel: {@link CloseTheLoopChannel#NONE}), and maybe an idea.
 */
public record ResolveCase(CaseId caseId, String rootCause, Outcome outcome, String notes, String closeTheLoopMessage,
    CloseTheLoopChannel closeTheLoopChannel, ProposeIdea idea, String by) {

  public ResolveCase {
    closeTheLoopChannel = closeTheLoopChannel == null ? CloseTheLoopChannel.NONE : closeTheLoopChannel;
  }
}
