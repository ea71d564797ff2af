package io.closedloop.identity;

/** The names staff members go by in what customers read, e.g. the agent who signs a close-the-loop mail. */
public interface StaffNames {

  /** The user's first and last name, or the user id where the directory has no name. */
  String nameOf(String userId);
}
