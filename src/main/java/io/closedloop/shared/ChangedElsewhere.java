package io.closedloop.shared;

/**
 * Another node (or the loss of the connection that hears of them) reports a change: caches of
 * its topic forget what they hold of it.
 *
 * @param change what changed
 */
public record ChangedElsewhere(MemoryChange change) {}
