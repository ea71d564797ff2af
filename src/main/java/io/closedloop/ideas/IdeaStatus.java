package io.closedloop.ideas;

/** Where an idea is on its way from proposal to evaluated change. */
public enum IdeaStatus {
  PROPOSED, SELECTED, IN_PROGRESS, DONE, EVALUATED, REJECTED
}
