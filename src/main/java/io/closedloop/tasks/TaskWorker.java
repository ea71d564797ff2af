package io.closedloop.tasks;

import java.util.Set;

/** Who wants to work a task: the user, every group they belong to, and whether they are an admin. */
public record TaskWorker(String userId, Set<String> groups, boolean admin) {}
