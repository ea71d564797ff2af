package io.closedloop.cases;

import io.closedloop.calendar.BusinessCalendar;
import io.closedloop.calendar.ResolutionDeadline;
import io.closedloop.calendar.ResolutionDeadline.ResolutionClock;
import io.closedloop.calendar.TeamCalendars;
import io.closedloop.shared.Wording;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer was reached: the case must now be resolved within the routing decision's business
 * days on the owning team's calendar, counted from the moment they were reached ({@link ResolutionDeadline}).
 */
@Service
public class PlanningResolution {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final TeamCalendars calendars;

  PlanningResolution(CaseAccess cases, CaseTimeline timeline, TeamCalendars calendars) {
    this.cases = cases;
    this.timeline = timeline;
    this.calendars = calendars;
  }

  /** Sets the resolution deadline ({@code businessDays} null or not positive: the default) and answers the reminder's instant and the deadline. */
  @Transactional
  public ResolutionClock plan(CaseId caseId, Integer businessDays) {
    DetractorCase reached = cases.load(caseId);
    int days = businessDays == null || businessDays <= 0 ? ResolutionDeadline.DEFAULT_BUSINESS_DAYS : businessDays;
    BusinessCalendar calendar = calendars.forTeam(reached.getTeam());
    ResolutionClock clock = ResolutionDeadline.clockFor(reached.getFirstReachedAt(), days, calendar);
    Instant due = clock.resolutionDue();
    reached.planResolution(due);
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.RESOLUTION_PLANNED,
        "Resolve within " + days + " business days (by " + due + ")", Wording.of("resolutionPlanned").number(days).time(due));
    return clock;
  }
}
