package io.closedloop.metrics.facts;

import io.closedloop.metrics.GroupBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case facts in memory, one slot per case in parallel primitive arrays, so that the
 * closed-loop figures of a year take one pass over them instead of sorting in the database.
 * Codes (teams, owners, touchpoints...) are interned as small numbers; 0 is "none".
 * Not thread-safe: {@link CaseFactMirror} writes it and guards every reader.
 */
public final class CaseFactColumns {

  /** Stands for an instant that has not come yet (a first reach), or none (a call-back due). */
  public static final long NO_INSTANT_BEFORE = Long.MIN_VALUE;
  public static final long NO_INSTANT_AFTER = Long.MAX_VALUE;
  /** The flags of a case, asked with {@link #is(int, int)}. */
  public static final int CLOSED = 1;
  public static final int UNREACHABLE = 2;
  public static final int ESCALATED = 4;
  public static final int ANSWERED_AGAIN = 8;
  public static final int RECOVERED = 16;

  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> names = new ArrayList<>(List.of(""));
  private final CaseSlots slots = new CaseSlots();
  private int[] day = new int[1024];
  /** The codes of each cut, indexed by the cut's ordinal; none for the calendar buckets. */
  private final int[][] cuts = new int[GroupBy.values().length][];
  private long[] callbackDue = new long[1024];
  private long[] firstReachedAt = new long[1024];
  private double[] firstContactHours = new double[1024];
  private double[] closeHours = new double[1024];
  private byte[] flags = new byte[1024];

  {
    codes.put("", 0);
    for (GroupBy groupBy : GroupBy.values()) {
      if (!groupBy.isTime()) {
        cuts[groupBy.ordinal()] = new int[1024];
      }
    }
  }

  /** How many cases are held: their slots are 0 up to it. */
  public int size() {
    return slots.size();
  }

  /** Adds a case, or replaces what is held of it. */
  public void put(CaseFact fact) {
    int slot = slots.slotOf(fact.caseId());
    if (slot < 0) {
      slot = slots.add(fact.caseId());
      grow();
    }
    day[slot] = fact.day();
    cuts[GroupBy.TEAM.ordinal()][slot] = code(fact.team());
    cuts[GroupBy.OWNER.ordinal()][slot] = code(fact.owner());
    cuts[GroupBy.TOUCHPOINT.ordinal()][slot] = code(fact.touchpoint());
    cuts[GroupBy.EMPLOYEE.ordinal()][slot] = code(fact.employee());
    cuts[GroupBy.PRODUCT.ordinal()][slot] = code(fact.product());
    cuts[GroupBy.COUNTRY.ordinal()][slot] = code(fact.country());
    cuts[GroupBy.SEGMENT.ordinal()][slot] = code(fact.segment());
    callbackDue[slot] = fact.callbackDue();
    firstReachedAt[slot] = fact.firstReachedAt();
    firstContactHours[slot] = fact.firstContactHours();
    closeHours[slot] = fact.closeHours();
    flags[slot] = (byte) fact.flags();
  }

  /** Forgets a case; the last slot moves into its place. */
  public void remove(UUID caseId) {
    int slot = slots.remove(caseId);
    int last = slots.size();
    if (slot >= 0 && slot != last) {
      day[slot] = day[last];
      for (int[] cut : cuts) {
        if (cut != null) {
          cut[slot] = cut[last];
        }
      }
      callbackDue[slot] = callbackDue[last];
      firstReachedAt[slot] = firstReachedAt[last];
      firstContactHours[slot] = firstContactHours[last];
      closeHours[slot] = closeHours[last];
      flags[slot] = flags[last];
    }
  }

  public int day(int slot) {
    return day[slot];
  }

  public int cut(GroupBy groupBy, int slot) {
    return cuts[groupBy.ordinal()][slot];
  }

  public long callbackDue(int slot) {
    return callbackDue[slot];
  }

  public long firstReachedAt(int slot) {
    return firstReachedAt[slot];
  }

  public double firstContactHours(int slot) {
    return firstContactHours[slot];
  }

  public double closeHours(int slot) {
    return closeHours[slot];
  }

  public boolean is(int flag, int slot) {
    return (flags[slot] & flag) != 0;
  }

  /** How many codes there are: every code's number is below it. */
  public int codes() {
    return names.size();
  }

  /** The code's number, or -1 when no case has it. */
  public int codeOf(String name) {
    return codes.getOrDefault(name, -1);
  }

  public String name(int code) {
    return names.get(code);
  }

  private int code(String name) {
    return codes.computeIfAbsent(name, added -> {
      names.add(added);
      return names.size() - 1;
    });
  }

  /** Gives the columns as much room as the slots have. */
  private void grow() {
    int capacity = slots.capacity();
    if (capacity == day.length) {
      return;
    }
    day = Arrays.copyOf(day, capacity);
    for (int i = 0; i < cuts.length; i++) {
      if (cuts[i] != null) {
        cuts[i] = Arrays.copyOf(cuts[i], capacity);
      }
    }
    callbackDue = Arrays.copyOf(callbackDue, capacity);
    firstReachedAt = Arrays.copyOf(firstReachedAt, capacity);
    firstContactHours = Arrays.copyOf(firstContactHours, capacity);
    closeHours = Arrays.copyOf(closeHours, capacity);
    flags = Arrays.copyOf(flags, capacity);
  }
}
