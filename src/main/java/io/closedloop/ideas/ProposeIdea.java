package io.closedloop.ideas;

import java.util.UUID;

/**
 * Propose an idea, new ({@code title}, ...) or by joining an existing one ({@code existingIdea});
 * {@code fromCase} links the case it came from, if any. Build it with the factories, which say where it comes from.
 */
public record ProposeIdea(UUID existingIdea, String title, String description, Horizon horizon, String touchpoint,
    UUID fromCase, String by) {

  /** A new idea of its own, linked to no case. */
  public static ProposeIdea newIdea(String title, String description, Horizon horizon, String touchpoint, String by) {
    return new ProposeIdea(null, title, description, horizon, touchpoint, null, by);
  }

  /** Joining an idea already in the backlog. */
  public static ProposeIdea joining(UUID existingIdea, String by) {
    return new ProposeIdea(existingIdea, null, null, null, null, null, by);
  }

  /**
   * The idea given with a case's resolution: joining {@code existingIdea} when there is one, else a new idea; linked to
   * the case when the resolution is recorded ({@link #linkedTo}).
   */
  public static ProposeIdea withResolution(UUID existingIdea, String title, String description, Horizon horizon, String by) {
    return existingIdea != null ? joining(existingIdea, by) : newIdea(title, description, horizon, null, by);
  }

  /** This proposal coming from a case: linked to it, and about the case's touchpoint unless it names its own. */
  public ProposeIdea linkedTo(UUID caseId, String caseTouchpoint, String proposedBy) {
    return new ProposeIdea(existingIdea, title, description, horizon, touchpoint != null ? touchpoint : caseTouchpoint, caseId,
        proposedBy);
  }
}
