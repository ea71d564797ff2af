package io.closedloop.shared;

/**
 * The other nodes of ClosedLoop sharing this database. A cache told of a change on this node
 * forgets it here and tells the others, so that a revoked user or a changed setting holds on
 * every node at once.
 */
public interface OtherNodes {

  /** Tells the others once the current transaction commits (at once outside a transaction). */
  void tell(MemoryChange change);

  /** Tells the others now: for a caller that already runs after its change was committed. */
  void tellNow(MemoryChange change);
}
