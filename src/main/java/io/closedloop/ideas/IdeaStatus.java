package io.closedloop.ideas;

/** Where an idea is on its way from proposal to evaluated change. */
public enum IdeaStatus {
  PROPOSED, SELECTED, IN_PROGRESS, DONE, EVALUATED, REJECTED;

  /** Still to be worked: in the backlog, chosen, or being carried out. */
  public boolean isOpen() {
    return this == PROPOSED || this == SELECTED || this == IN_PROGRESS;
  }
}
