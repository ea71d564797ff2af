package io.closedloop.ideas;

import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's follow-up ends (its chosen ideas carried out, or the next cycle opened): the cycle is closed. */
@Service
public class ClosingCycle {

  private final CycleRepository cycles;
  private final Clock clock;

  ClosingCycle(CycleRepository cycles, Clock clock) {
    this.cycles = cycles;
    this.clock = clock;
  }

  @Transactional
  public void close(UUID cycleId) {
    cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("No improvement cycle " + cycleId)).close(clock.instant());
  }
}
