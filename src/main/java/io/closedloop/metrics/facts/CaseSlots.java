package io.closedloop.metrics.facts;

import java.util.Arrays;
import java.util.UUID;

/**
 * The slot of each case held in {@link CaseFactColumns}: the case ids as two arrays of longs and an
 * open-addressing table from id to slot, about 24 bytes a case where a {@code HashMap<UUID, Integer>}
 * with its boxes takes about 90. Slots are dense: removing a case moves the last one into its place.
 */
final class CaseSlots {

  private long[] high = new long[1024];
  private long[] low = new long[1024];
  /** Slot + 1 at each position of the table, 0 where empty; linear probing, at most half full. */
  private int[] table = new int[2048];
  private int size;

  int size() {
    return size;
  }

  /** How many slots the columns must have room for. */
  int capacity() {
    return high.length;
  }

  /** The case's slot, or -1 when it is not held. */
  int slotOf(UUID caseId) {
    int position = positionOf(caseId.getMostSignificantBits(), caseId.getLeastSignificantBits());
    return position < 0 ? -1 : table[position] - 1;
  }

  /** Holds a case not held yet in the next slot, and gives that slot. */
  int add(UUID caseId) {
    if (size == high.length) {
      high = Arrays.copyOf(high, size + (size >> 1));
      low = Arrays.copyOf(low, size + (size >> 1));
    }
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    int slot = size++;
    high[slot] = caseId.getMostSignificantBits();
    low[slot] = caseId.getLeastSignificantBits();
    insert(slot);
    return slot;
  }

  /**
   * Forgets a case: gives the slot it had (the last slot's case now has it, its columns are to be
   * moved there by the caller), or -1 when it was not held.
   */
  int remove(UUID caseId) {
    int position = positionOf(caseId.getMostSignificantBits(), caseId.getLeastSignificantBits());
    if (position < 0) {
      return -1;
    }
    int slot = table[position] - 1;
    delete(position);
    int last = --size;
    if (slot != last) {
      table[positionOf(high[last], low[last])] = slot + 1;
      high[slot] = high[last];
      low[slot] = low[last];
    }
    return slot;
  }

  private int positionOf(long high, long low) {
    int mask = table.length - 1;
    for (int position = home(high, low, mask); table[position] != 0; position = (position + 1) & mask) {
      int slot = table[position] - 1;
      if (this.high[slot] == high && this.low[slot] == low) {
        return position;
      }
    }
    return -1;
  }

  private void insert(int slot) {
    int mask = table.length - 1;
    int position = home(high[slot], low[slot], mask);
    while (table[position] != 0) {
      position = (position + 1) & mask;
    }
    table[position] = slot + 1;
  }

  /** Empties a position and shifts back the entries after it that would otherwise no longer be found. */
  private void delete(int position) {
    int mask = table.length - 1;
    int hole = position;
    table[hole] = 0;
    for (int next = (hole + 1) & mask; table[next] != 0; next = (next + 1) & mask) {
      int slot = table[next] - 1;
      int home = home(high[slot], low[slot], mask);
      boolean staysReachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (!staysReachable) {
        table[hole] = table[next];
        table[next] = 0;
        hole = next;
      }
    }
  }

  private void rehash(int length) {
    table = new int[length];
    for (int slot = 0; slot < size; slot++) {
      insert(slot);
    }
  }

  private static int home(long high, long low, int mask) {
    long hash = high ^ low;
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return (int) hash & mask;
  }
}
