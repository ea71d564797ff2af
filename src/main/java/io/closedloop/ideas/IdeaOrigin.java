package io.closedloop.ideas;

/** Where an idea came from. */
public enum IdeaOrigin {
  CASE, STAFF, MEETING
}
