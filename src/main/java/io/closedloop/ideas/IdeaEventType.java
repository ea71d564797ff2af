package io.closedloop.ideas;

/** The kinds of entries on an idea's timeline. */
public enum IdeaEventType {
  PROPOSED, CASE_LINKED, VOTED, MERGED_INTO, MERGED_FROM, REJECTED, SELECTED, NOT_SELECTED, WORKING_GROUP_FORMED,
  PLAN_PRESENTED, DONE, EVALUATED, RETURNED_TO_BACKLOG
}
