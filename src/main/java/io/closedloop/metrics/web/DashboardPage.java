package io.closedloop.metrics.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.Teams;
import io.closedloop.intake.NpsCategory;
import io.closedloop.metrics.CaseFigure;
import io.closedloop.metrics.ClosedLoopFigures;
import io.closedloop.metrics.ClosedLoopQueries;
import io.closedloop.metrics.DrillDown;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.IdeaFunnel;
import io.closedloop.metrics.NpsFigures;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.Report;
import io.closedloop.metrics.RootCausePareto;
import io.closedloop.metrics.Scope;
import io.closedloop.settings.KpiTargets;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leadership dashboard: NPS trend and cuts, the closed-loop KPIs against their targets, root
 * causes and the idea funnel; every number links to the responses or cases behind it.
 */
@Controller
class DashboardPage {

  private static final int LIST_SIZE = 50;

  private final NpsQueries nps;
  private final ClosedLoopQueries closedLoop;
  private final RootCausePareto rootCauses;
  private final IdeaFunnel ideas;
  private final DrillDown drillDown;
  private final KpiTargets targets;
  private final Readers readers;
  private final Teams teams;
  private final ObjectMapper json;
  private final Clock clock;

  DashboardPage(NpsQueries nps, ClosedLoopQueries closedLoop, RootCausePareto rootCauses, IdeaFunnel ideas, DrillDown drillDown,
      KpiTargets targets, Readers readers, Teams teams, ObjectMapper json, Clock clock) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.rootCauses = rootCauses;
    this.ideas = ideas;
    this.drillDown = drillDown;
    this.targets = targets;
    this.readers = readers;
    this.teams = teams;
    this.json = json;
    this.clock = clock;
  }

  /** What the page filters by, echoed into every link. */
  record Filter(LocalDate from, LocalDate to, String team, String trend) {}

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(defaultValue = "week") String trend, Authentication user,
      Model model) {
    Filter filter;
    Period period;
    GroupBy trendBy;
    try {
      period = Period.parse(from, to, today());
      trendBy = GroupBy.parse(trend, false);
      if (trendBy == null || !trendBy.isTime()) {
        throw new InvalidInputException("trend", "must be week or month");
      }
    } catch (InvalidInputException e) {
      model.addAttribute("error", e.getMessage());
      period = Period.parse(null, null, today());
      trendBy = GroupBy.WEEK;
    }
    Scope scope = readers.scopeOf(user, team);
    filter = new Filter(period.from(), period.to(), blankToNull(team), trendBy.column());
    Report<NpsFigures> npsTrend = nps.report(period, trendBy, scope);
    Report<NpsFigures> byTouchpoint = nps.report(period, GroupBy.TOUCHPOINT, scope);
    Report<ClosedLoopFigures> loop = closedLoop.report(period, GroupBy.TEAM, scope);
    RootCausePareto.Pareto causes = rootCauses.of(period, scope);
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", filter);
    model.addAttribute("teams", teamsOf(user));
    model.addAttribute("nps", npsTrend);
    model.addAttribute("touchpoints", byTouchpoint);
    model.addAttribute("loop", loop);
    model.addAttribute("causes", causes);
    model.addAttribute("funnel", ideas.of(period));
    model.addAttribute("targets", targets.current());
    model.addAttribute("trendChart", chart(Map.of(
        "labels", npsTrend.groups().stream().map(group -> group.key()).toList(),
        "nps", npsTrend.groups().stream().map(group -> group.figures().npsExact()).toList(),
        "responses", npsTrend.groups().stream().map(group -> group.figures().responses()).toList())));
    model.addAttribute("touchpointChart", chart(Map.of(
        "labels", byTouchpoint.groups().stream().map(group -> group.key() == null ? "(none)" : group.key()).toList(),
        "nps", byTouchpoint.groups().stream().map(group -> group.figures().npsExact()).toList())));
    model.addAttribute("causeChart", chart(Map.of(
        "labels", causes.causes().stream().map(RootCausePareto.Cause::label).toList(),
        "cases", causes.causes().stream().map(RootCausePareto.Cause::cases).toList(),
        "cumulative", causes.causes().stream().map(cause -> cause.cumulativeShare().movePointRight(2)).toList())));
    return "metrics/dashboard";
  }

  @GetMapping("/dashboard/responses")
  String responses(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String key, @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
    Period period = Period.parse(from, to, today());
    Scope scope = readers.scopeOf(user, team);
    GroupBy grouping = GroupBy.parse(groupBy, false);
    NpsCategory kind = Params.named("category", category, NpsCategory.class);
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", new Filter(period.from(), period.to(), blankToNull(team), null));
    model.addAttribute("groupBy", grouping == null ? null : grouping.column());
    model.addAttribute("key", grouping == null ? null : key);
    model.addAttribute("category", kind);
    model.addAttribute("rows", drillDown.responses(period, grouping, grouping == null ? null : key, kind, scope,
        PageRequest.of(Math.max(page, 0), LIST_SIZE)));
    return "metrics/responses";
  }

  @GetMapping("/dashboard/cases")
  String cases(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String key, @RequestParam(required = false) String figure,
      @RequestParam(required = false) String rootCause, @RequestParam(defaultValue = "0") int page, Authentication user,
      Model model) {
    Period period = Period.parse(from, to, today());
    Scope scope = readers.scopeOf(user, team);
    GroupBy grouping = GroupBy.parse(groupBy, true);
    CaseFigure named = Params.named("figure", figure, CaseFigure.class);
    CaseFigure which = named == null ? CaseFigure.OPENED : named;
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", new Filter(period.from(), period.to(), blankToNull(team), null));
    model.addAttribute("groupBy", grouping == null ? null : grouping.column());
    model.addAttribute("key", grouping == null ? null : key);
    model.addAttribute("figure", which);
    model.addAttribute("rootCause", blankToNull(rootCause));
    model.addAttribute("rows", drillDown.cases(period, grouping, grouping == null ? null : key, which, blankToNull(rootCause),
        scope, PageRequest.of(Math.max(page, 0), LIST_SIZE)));
    return "metrics/cases";
  }

  @GetMapping("/dashboard/ideas")
  String ideas(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String stage, Authentication user, Model model) {
    Period period = Period.parse(from, to, today());
    readers.scopeOf(user, null);
    IdeaFunnel.Stage named = Params.named("stage", stage, IdeaFunnel.Stage.class);
    IdeaFunnel.Stage which = named == null ? IdeaFunnel.Stage.PROPOSED : named;
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", new Filter(period.from(), period.to(), null, null));
    model.addAttribute("stage", which);
    model.addAttribute("rows", ideas.ideas(period, which));
    return "metrics/ideas";
  }

  private List<String> teamsOf(Authentication user) {
    Scope scope = readers.scopeOf(user, null);
    return scope.allTeams() ? teams.all() : Authorities.teamIds(user.getAuthorities());
  }

  private String chart(Map<String, ?> data) {
    try {
      return json.writeValueAsString(new LinkedHashMap<>(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
