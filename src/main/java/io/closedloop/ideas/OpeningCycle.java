package io.closedloop.ideas;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an improvement cycle, by hand or on its schedule. At most one runs at a time: by hand
 * that is a 409; on schedule the start is recorded as skipped. Opening ends the follow-up of the
 * cycle before, whose chosen ideas this cycle evaluates.
 */
@Service
public class OpeningCycle {

  private final CycleRepository cycles;
  private final CycleWorkflow workflow;
  private final Clock clock;

  OpeningCycle(CycleRepository cycles, CycleWorkflow workflow, Clock clock) {
    this.cycles = cycles;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** A facilitator starts a cycle now; its process starts with it. */
  @Transactional
  public ImprovementCycle startByHand(String by) {
    cycles.findRunning().ifPresent(running -> {
      throw new IdeaActionNotAllowed("Cycle " + running.getNumber() + " is running; at most one cycle runs at a time");
    });
    ImprovementCycle cycle = open(CycleTrigger.MANUAL, by);
    workflow.start(cycle.getId());
    return cycle;
  }

  /** The schedule started the process: open a cycle, or record that it was skipped because one is running. */
  @Transactional
  public Optional<UUID> openOnSchedule() {
    Optional<ImprovementCycle> running = cycles.findRunning();
    if (running.isPresent()) {
      cycles.save(ImprovementCycle.skipped(clock.instant(), running.get()));
      return Optional.empty();
    }
    return Optional.of(open(CycleTrigger.SCHEDULE, IdeaTimeline.SYSTEM).getId());
  }

  private ImprovementCycle open(CycleTrigger trigger, String by) {
    Instant now = clock.instant();
    Instant previousAt = cycles.findFirstByNumberNotNullOrderByNumberDesc().map(ImprovementCycle::getStartedAt).orElse(null);
    for (ImprovementCycle earlier : cycles.findByStatus(CycleStatus.FOLLOWING_UP)) {
      earlier.close(now);
      workflow.nextCycleOpened(earlier.getId());
    }
    try {
      return cycles.saveAndFlush(ImprovementCycle.open(cycles.lastNumber() + 1, trigger, now, by, previousAt));
    } catch (DataIntegrityViolationException e) {
      throw new IdeaActionNotAllowed("Another cycle was started at the same moment; at most one cycle runs at a time");
    }
  }
}
