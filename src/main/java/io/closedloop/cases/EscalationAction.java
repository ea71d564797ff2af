package io.closedloop.cases;

/** What a level of the escalation ladder does besides telling its recipients. */
public enum EscalationAction {
  /** Only tells. */
  NOTIFY,
  /** Takes the case from its owner and puts it back in the team's queue. */
  REASSIGN_TO_TEAM_QUEUE,
  /** Gives the case to a named user. */
  REASSIGN_TO_USER,
  /** Raises the priority one step: LOW to NORMAL to HIGH. */
  RAISE_PRIORITY
}
