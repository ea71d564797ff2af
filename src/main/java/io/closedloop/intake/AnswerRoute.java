package io.closedloop.intake;

/** Where the answer-routing decision ({@code bpmn/answer-routing.dmn}) sends a new answer. */
public enum AnswerRoute {
  /** A case of its own, with an owner and a call-back deadline. */
  OPEN_CASE,
  /** Into the customer's open case, which re-decides its priority. */
  JOIN_OPEN_CASE,
  /** A light follow-up task for the team, without a deadline. */
  FOLLOW_UP,
  /** Praise for the user the answer's employee code belongs to. */
  PRAISE,
  /** Only the figures. */
  NONE
}
