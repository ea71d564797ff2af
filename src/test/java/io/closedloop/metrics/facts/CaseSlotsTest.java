package io.closedloop.metrics.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseSlotsTest {

  @Test
  void a_removed_case_gives_its_slot_to_the_last_case() {
    CaseSlots slots = new CaseSlots();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID third = UUID.randomUUID();
    slots.add(first);
    slots.add(second);
    slots.add(third);

    assertThat(slots.remove(first)).isZero();

    assertThat(slots.slotOf(third)).isZero();
    assertThat(slots.slotOf(second)).isEqualTo(1);
    assertThat(slots.slotOf(first)).isEqualTo(-1);
    assertThat(slots.remove(first)).isEqualTo(-1);
    assertThat(slots.size()).isEqualTo(2);
  }

  @Test
  void keeps_every_case_findable_in_dense_slots_through_many_additions_and_removals() {
    CaseSlots slots = new CaseSlots();
    List<UUID> bySlot = new ArrayList<>();
    Set<UUID> held = new HashSet<>();
    Random random = new Random(2031);
    for (int step = 0; step < 200_000; step++) {
      if (bySlot.isEmpty() || random.nextInt(3) > 0) {
        UUID added = new UUID(random.nextLong() & 0xFFFF, random.nextLong() & 0xFF);
        if (held.add(added)) {
          assertThat(slots.add(added)).isEqualTo(bySlot.size());
          bySlot.add(added);
        }
      } else {
        int freed = random.nextInt(bySlot.size());
        UUID removed = bySlot.get(freed);
        assertThat(slots.remove(removed)).isEqualTo(freed);
        held.remove(removed);
        bySlot.set(freed, bySlot.get(bySlot.size() - 1));
        bySlot.remove(bySlot.size() - 1);
        assertThat(slots.slotOf(removed)).isEqualTo(-1);
      }
      if (step % 20_000 == 0) {
        assertAllFound(slots, bySlot);
      }
    }
    assertAllFound(slots, bySlot);
  }

  private static void assertAllFound(CaseSlots slots, List<UUID> bySlot) {
    assertThat(slots.size()).isEqualTo(bySlot.size());
    for (int slot = 0; slot < bySlot.size(); slot++) {
      assertThat(slots.slotOf(bySlot.get(slot))).as("slot of %s", bySlot.get(slot)).isEqualTo(slot);
    }
  }
}
