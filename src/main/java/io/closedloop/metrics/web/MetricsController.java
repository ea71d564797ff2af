package io.closedloop.metrics.web;

import io.closedloop.intake.NpsCategory;
import io.closedloop.metrics.CaseFigure;
import io.closedloop.metrics.ClosedLoopFigures;
import io.closedloop.metrics.ClosedLoopReports;
import io.closedloop.metrics.DrillDown;
import io.closedloop.metrics.DrillDown.CaseRow;
import io.closedloop.metrics.DrillDown.ResponseRow;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.IdeaFunnel;
import io.closedloop.metrics.NpsFigures;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.ReSurveyQueries;
import io.closedloop.metrics.RootCausePareto;
import io.closedloop.metrics.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metrics API: NPS and closed-loop KPIs by period and cut, the root-cause Pareto, the idea
 * funnel, the re-survey figures, and the responses and cases behind each figure. JSON by default, CSV on {@code Accept: text/csv}.
 */
@RestController
@RequestMapping(value = "/api/metrics", produces = {"application/json", "text/csv"})
class MetricsController {

  private final NpsQueries nps;
  private final ClosedLoopReports closedLoop;
  private final RootCausePareto rootCauses;
  private final IdeaFunnel ideas;
  private final DrillDown drillDown;
  private final ReSurveyQueries reSurveys;
  private final MetricsAccess access;
  private final Clock clock;

  MetricsController(NpsQueries nps, ClosedLoopReports closedLoop, RootCausePareto rootCauses, IdeaFunnel ideas,
      DrillDown drillDown, ReSurveyQueries reSurveys, MetricsAccess access, Clock clock) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.rootCauses = rootCauses;
    this.ideas = ideas;
    this.drillDown = drillDown;
    this.reSurveys = reSurveys;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/nps")
  ReportBody<NpsFigures> nps(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String team, Authentication user) {
    Scope scope = access.scopeOf(user, team);
    GroupBy grouping = grouping(groupBy, false, scope);
    return ReportBody.of(nps.report(period(from, to), grouping, scope));
  }

  @GetMapping("/closed-loop")
  ReportBody<ClosedLoopFigures> closedLoop(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String team, Authentication user) {
    Scope scope = access.scopeOf(user, team);
    GroupBy grouping = grouping(groupBy, true, scope);
    return ReportBody.of(closedLoop.report(period(from, to), grouping, scope));
  }

  @GetMapping("/root-causes")
  ParetoBody rootCauses(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, Authentication user) {
    Scope scope = access.scopeOf(user, team);
    MetricsAccess.requireDetail(scope);
    return ParetoBody.of(rootCauses.of(period(from, to), scope));
  }

  @GetMapping("/idea-funnel")
  FunnelBody ideaFunnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Authentication user) {
    access.scopeOf(user, null);
    return FunnelBody.of(ideas.of(period(from, to)));
  }

  @GetMapping("/re-survey")
  ReSurveyBody reSurvey(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, Authentication user) {
    return ReSurveyBody.of(reSurveys.report(period(from, to), access.scopeOf(user, team)));
  }

  @GetMapping("/nps/responses")
  ListBody<ResponseRow> responses(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String key,
      @RequestParam(required = false) String category, @RequestParam(required = false) String team, Pageable page,
      Authentication user) {
    Scope scope = access.scopeOf(user, team);
    MetricsAccess.requireDetail(scope);
    return new ListBody<>(drillDown.responses(period(from, to), grouping(groupBy, false, scope), key,
        EnumParameter.parse("category", category, NpsCategory.class), scope, page));
  }

  @GetMapping("/closed-loop/cases")
  ListBody<CaseRow> cases(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String key,
      @RequestParam(required = false) String figure, @RequestParam(required = false) String rootCause,
      @RequestParam(required = false) String team, Pageable page, Authentication user) {
    Scope scope = access.scopeOf(user, team);
    MetricsAccess.requireDetail(scope);
    return new ListBody<>(drillDown.cases(period(from, to), grouping(groupBy, true, scope), key,
        EnumParameter.parse("figure", figure, CaseFigure.class), rootCause, scope, page));
  }

  private Period period(String from, String to) {
    return Period.parse(from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  private static GroupBy grouping(String groupBy, boolean ownerAllowed, Scope scope) {
    GroupBy grouping = GroupBy.parse(groupBy, ownerAllowed);
    if (grouping != null && !grouping.isTime()) {
      MetricsAccess.requireDetail(scope);
    }
    return grouping;
  }
}
