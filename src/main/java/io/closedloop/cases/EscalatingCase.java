package io.closedloop.cases;

import io.closedloop.calendar.TeamCalendars;
import io.closedloop.cases.EscalationLevels.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Climbs the escalation ladder of a case's phase ({@link EscalationLadder}): each level due after
 * the phase's deadline tells its recipients and does its action (notify, reassign to the team
 * queue or a named user, raise the priority). A level that is due passes through the lower levels
 * not yet reached, and no level fires twice in a phase: the case keeps the highest level reached.
 */
@Service
public class EscalatingCase {

  private final CaseAccess cases;
  private final EscalationLadder ladder;
  private final CustomerSegments segments;
  private final TeamCalendars calendars;
  private final EscalationActions actions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EscalatingCase(CaseAccess cases, EscalationLadder ladder, CustomerSegments segments, TeamCalendars calendars,
      EscalationActions actions, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.ladder = ladder;
    this.segments = segments;
    this.calendars = calendars;
    this.actions = actions;
    this.events = events;
    this.clock = clock;
  }

  /** Applies every level of the phase that is due now; answers when the next level is due (empty: none left). */
  @Transactional
  public Optional<Instant> escalateDue(CaseId caseId, CasePhase phase) {
    DetractorCase escalated = cases.load(caseId);
    if (!inPhase(escalated, phase)) {
      return Optional.empty();
    }
    EscalationLevels levels = levelsOf(escalated, phase);
    apply(escalated, phase, levels.dueAbove(escalated.escalationLevelIn(phase), clock.instant()));
    return levels.nextAbove(escalated.escalationLevelIn(phase));
  }

  /** When the next level of the phase is due, without escalating (empty: none left, or the phase is over). */
  @Transactional(readOnly = true)
  public Optional<Instant> nextEscalationAt(CaseId caseId, CasePhase phase) {
    DetractorCase detractorCase = cases.load(caseId);
    return inPhase(detractorCase, phase)
        ? levelsOf(detractorCase, phase).nextAbove(detractorCase.escalationLevelIn(phase)) : Optional.empty();
  }

  /**
   * Escalates the call-back phase to {@code level} at once, passing through lower levels not yet
   * reached (history being replayed, and processes of versions with a fixed timer per level);
   * false when nothing was left to do.
   */
  @Transactional
  public boolean escalate(CaseId caseId, int level) {
    DetractorCase escalated = cases.load(caseId);
    if (!inPhase(escalated, CasePhase.CALL_BACK)) {
      return false;
    }
    List<Level> through = levelsOf(escalated, CasePhase.CALL_BACK).throughLevel(escalated.getEscalationLevel(), level);
    return apply(escalated, CasePhase.CALL_BACK, through);
  }

  private boolean apply(DetractorCase escalated, CasePhase phase, List<Level> levels) {
    boolean any = false;
    for (Level level : levels) {
      if (escalated.escalateTo(phase, level.number())) {
        level.steps().forEach(step -> actions.take(escalated, phase, step));
        events.publishEvent(new CaseEscalated(escalated.caseId(), level.number(), escalated.getTeam(), escalated.getPriority(),
            escalated.getCallbackDue(), clock.instant(), phase, escalated.deadlineOf(phase)));
        any = true;
      }
    }
    return any;
  }

  private EscalationLevels levelsOf(DetractorCase detractorCase, CasePhase phase) {
    List<EscalationStep> steps = ladder.stepsFor(phase, detractorCase.getPriority(), detractorCase.getTeam(),
        segments.of(detractorCase));
    return EscalationLevels.of(steps, detractorCase.deadlineOf(phase), calendars.forTeam(detractorCase.getTeam()));
  }

  private static boolean inPhase(DetractorCase detractorCase, CasePhase phase) {
    return !detractorCase.getStatus().isClosed() && detractorCase.phase() == phase && detractorCase.deadlineOf(phase) != null;
  }
}
