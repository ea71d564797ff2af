package io.closedloop.metrics.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.cases.OverdueCases;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.Teams;
import io.closedloop.intake.NpsCategory;
import io.closedloop.metrics.CaseFigure;
import io.closedloop.metrics.ClosedLoopFigures;
import io.closedloop.metrics.ClosedLoopReports;
import io.closedloop.metrics.DrillDown;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.IdeaFunnel;
import io.closedloop.metrics.NpsFigures;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.ReSurveyQueries;
import io.closedloop.metrics.Report;
import io.closedloop.metrics.RootCausePareto;
import io.closedloop.metrics.Scope;
import io.closedloop.metrics.web.GroupLabels.Row;
import io.closedloop.settings.KpiTargets;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.web.Labels;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leadership dashboard: NPS trend and a cut of the reader's choice, the closed-loop KPIs
 * against their targets and by a cut, the re-survey's recovery figures, root causes and the idea
 * funnel; every number links to the
 * responses or cases behind it, and every table exports as CSV ({@link DashboardExports}).
 */
@Controller
class DashboardPage {

  static final int LIST_SIZE = 50;
  /** The cuts of the NPS by code, and of the closed loop (which may also be cut by case owner). */
  static final List<GroupBy> NPS_CUTS = List.of(GroupBy.TOUCHPOINT, GroupBy.TEAM, GroupBy.SEGMENT, GroupBy.COUNTRY,
      GroupBy.PRODUCT, GroupBy.EMPLOYEE);
  static final List<GroupBy> LOOP_CUTS = List.of(GroupBy.TEAM, GroupBy.OWNER, GroupBy.TOUCHPOINT, GroupBy.SEGMENT,
      GroupBy.COUNTRY, GroupBy.PRODUCT, GroupBy.EMPLOYEE);

  private final NpsQueries nps;
  private final ClosedLoopReports closedLoop;
  private final RootCausePareto rootCauses;
  private final IdeaFunnel ideas;
  private final DrillDown drillDown;
  private final ReSurveyQueries reSurveys;
  private final OverdueCases overdueCases;
  private final KpiTargets targets;
  private final MetricsAccess access;
  private final Teams teams;
  private final GroupLabels groupLabels;
  private final Labels labels;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final Clock clock;

  DashboardPage(NpsQueries nps, ClosedLoopReports closedLoop, RootCausePareto rootCauses, IdeaFunnel ideas, DrillDown drillDown,
      ReSurveyQueries reSurveys, OverdueCases overdueCases, KpiTargets targets, MetricsAccess access, Teams teams,
      GroupLabels groupLabels, Labels labels, MessageSource messages, ObjectMapper json, Clock clock) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.rootCauses = rootCauses;
    this.ideas = ideas;
    this.drillDown = drillDown;
    this.reSurveys = reSurveys;
    this.overdueCases = overdueCases;
    this.targets = targets;
    this.access = access;
    this.teams = teams;
    this.groupLabels = groupLabels;
    this.labels = labels;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  /** What the page filters by, echoed into every link: the period, a team, the trend's buckets and the two cuts. */
  record Filter(LocalDate from, LocalDate to, String team, String trend, String npsBy, String loopBy) {}

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(defaultValue = "week") String trend,
      @RequestParam(defaultValue = "touchpoint") String npsBy, @RequestParam(defaultValue = "team") String loopBy,
      Authentication user, Model model) {
    Period period;
    GroupBy trendBy;
    GroupBy npsCut;
    GroupBy loopCut;
    try {
      period = Period.parse(from, to, today());
      trendBy = cut("trend", trend, List.of(GroupBy.WEEK, GroupBy.MONTH));
      npsCut = cut("npsBy", npsBy, NPS_CUTS);
      loopCut = cut("loopBy", loopBy, LOOP_CUTS);
    } catch (InvalidInputException e) {
      model.addAttribute("error", messages.getMessage("metrics.error.filter", new Object[] {e.errors().get(0).field()},
          LocaleContextHolder.getLocale()));
      period = Period.parse(null, null, today());
      trendBy = GroupBy.WEEK;
      npsCut = GroupBy.TOUCHPOINT;
      loopCut = GroupBy.TEAM;
    }
    Scope scope = access.scopeOf(user, team);
    Filter filter = new Filter(period.from(), period.to(), blankToNull(team), trendBy.column(), npsCut.column(), loopCut.column());
    Report<NpsFigures> npsTrend = nps.report(period, trendBy, scope);
    Report<NpsFigures> npsByCut = nps.report(period, npsCut, scope);
    Report<ClosedLoopFigures> loop = closedLoop.report(period, loopCut, scope);
    RootCausePareto.Pareto causes = rootCauses.of(period, scope);
    List<Row<NpsFigures>> trendRows = groupLabels.rows(trendBy, npsTrend.groups());
    List<Row<NpsFigures>> cutRows = groupLabels.rows(npsCut, npsByCut.groups());
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", filter);
    model.addAttribute("teams", teamsOf(user));
    model.addAttribute("npsCuts", NPS_CUTS);
    model.addAttribute("loopCuts", LOOP_CUTS);
    model.addAttribute("trendBy", trendBy);
    model.addAttribute("npsCut", npsCut);
    model.addAttribute("loopCut", loopCut);
    model.addAttribute("nps", npsTrend);
    model.addAttribute("trendRows", trendRows);
    model.addAttribute("cutRows", cutRows);
    model.addAttribute("loop", loop);
    model.addAttribute("loopRows", groupLabels.rows(loopCut, loop.groups()));
    model.addAttribute("causes", causes);
    model.addAttribute("funnel", ideas.of(period));
    model.addAttribute("reSurvey", reSurveys.report(period, scope));
    model.addAttribute("overdue", overdueCases.now(scope.teams()));
    model.addAttribute("targets", targets.current());
    model.addAttribute("trendChart", chart(Map.of(
        "labels", trendRows.stream().map(Row::label).toList(),
        "nps", trendRows.stream().map(row -> row.figures().npsExact()).toList(),
        "responses", trendRows.stream().map(row -> row.figures().responses()).toList(),
        "series", List.of(text("metrics.nps")))));
    model.addAttribute("cutChart", chart(Map.of(
        "labels", cutRows.stream().map(Row::label).toList(),
        "nps", cutRows.stream().map(row -> row.figures().npsExact()).toList(),
        "series", List.of(text("metrics.nps.by", labels.of(npsCut).toLowerCase(LocaleContextHolder.getLocale()))))));
    model.addAttribute("causeChart", chart(Map.of(
        "labels", causes.causes().stream().map(cause -> labels.rootCause(cause.code())).toList(),
        "cases", causes.causes().stream().map(RootCausePareto.Cause::cases).toList(),
        "cumulative", causes.causes().stream().map(cause -> cause.cumulativeShare().movePointRight(2)).toList(),
        "series", List.of(text("metrics.causes.cases"), text("metrics.causes.cumulative-percent")))));
    return "metrics/dashboard";
  }

  @GetMapping("/dashboard/responses")
  String responses(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String key, @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
    Period period = Period.parse(from, to, today());
    Scope scope = access.scopeOf(user, team);
    GroupBy grouping = GroupBy.parse(groupBy, false);
    NpsCategory kind = EnumParameter.parse("category", category, NpsCategory.class);
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", new Filter(period.from(), period.to(), blankToNull(team), null, null, null));
    model.addAttribute("groupBy", grouping == null ? null : grouping.column());
    model.addAttribute("key", grouping == null ? null : key);
    model.addAttribute("groupLabel", grouping == null ? null : groupLabels.label(grouping, key));
    model.addAttribute("grouping", grouping);
    model.addAttribute("category", kind);
    model.addAttribute("caseTeams", scope.teams());
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
    Scope scope = access.scopeOf(user, team);
    GroupBy grouping = GroupBy.parse(groupBy, true);
    CaseFigure named = EnumParameter.parse("figure", figure, CaseFigure.class);
    CaseFigure which = named == null ? CaseFigure.OPENED : named;
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", new Filter(period.from(), period.to(), blankToNull(team), null, null, null));
    model.addAttribute("groupBy", grouping == null ? null : grouping.column());
    model.addAttribute("key", grouping == null ? null : key);
    model.addAttribute("groupLabel", grouping == null ? null : groupLabels.label(grouping, key));
    model.addAttribute("grouping", grouping);
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
    access.scopeOf(user, null);
    IdeaFunnel.Stage named = EnumParameter.parse("stage", stage, IdeaFunnel.Stage.class);
    IdeaFunnel.Stage which = named == null ? IdeaFunnel.Stage.PROPOSED : named;
    model.addAttribute("section", "dashboard");
    model.addAttribute("filter", new Filter(period.from(), period.to(), null, null, null, null));
    model.addAttribute("stage", which);
    model.addAttribute("rows", ideas.ideas(period, which));
    return "metrics/ideas";
  }

  /** One of the cuts a table may take, by its column name; a 400 on {@code field} otherwise. */
  static GroupBy cut(String field, String value, List<GroupBy> allowed) {
    return allowed.stream().filter(groupBy -> groupBy.column().equalsIgnoreCase(value == null ? "" : value.strip()))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException(field, "must be one of "
            + allowed.stream().map(GroupBy::column).toList()));
  }

  private List<String> teamsOf(Authentication user) {
    Scope scope = access.scopeOf(user, null);
    return scope.allTeams() ? teams.all() : Authorities.teamIds(user.getAuthorities());
  }

  private String chart(Map<String, ?> data) {
    try {
      return json.writeValueAsString(new LinkedHashMap<>(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(String key, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, arguments, locale);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
