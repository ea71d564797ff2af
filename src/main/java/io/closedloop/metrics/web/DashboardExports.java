package io.closedloop.metrics.web;

import io.closedloop.intake.NpsCategory;
import io.closedloop.metrics.CaseFigure;
import io.closedloop.metrics.ClosedLoopReports;
import io.closedloop.metrics.DrillDown;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.IdeaFunnel;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.RootCausePareto;
import io.closedloop.metrics.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's tables as CSV files, downloaded with the page's own login (the API at
 * {@code /api/metrics} keeps its own): the same filters and the same reader's scope as the page,
 * written by the API's CSV writer (spreadsheet-safe text). A list exports every row that matches,
 * up to {@link #MAX_ROWS}, not only the page on screen.
 */
@Controller
class DashboardExports {

  static final int MAX_ROWS = 10_000;

  private final NpsQueries nps;
  private final ClosedLoopReports closedLoop;
  private final RootCausePareto rootCauses;
  private final IdeaFunnel ideas;
  private final DrillDown drillDown;
  private final MetricsAccess access;
  private final Clock clock;

  DashboardExports(NpsQueries nps, ClosedLoopReports closedLoop, RootCausePareto rootCauses, IdeaFunnel ideas,
      DrillDown drillDown, MetricsAccess access, Clock clock) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.rootCauses = rootCauses;
    this.ideas = ideas;
    this.drillDown = drillDown;
    this.access = access;
    this.clock = clock;
  }

  /** The NPS of the period by one cut or by week or month, with the total first. */
  @GetMapping("/dashboard/nps.csv")
  ResponseEntity<CsvExport> nps(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(defaultValue = "week") String groupBy, Authentication user) {
    Period period = period(from, to);
    List<GroupBy> cuts = new ArrayList<>(List.of(GroupBy.WEEK, GroupBy.MONTH));
    cuts.addAll(DashboardPage.NPS_CUTS);
    GroupBy grouping = DashboardPage.cut("groupBy", groupBy, cuts);
    return file("nps-by-" + grouping.column(), period,
        ReportBody.of(nps.report(period, grouping, access.scopeOf(user, team))));
  }

  /** The closed-loop KPIs of the cases opened in the period by one cut, with the total first. */
  @GetMapping("/dashboard/closed-loop.csv")
  ResponseEntity<CsvExport> closedLoop(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(defaultValue = "team") String groupBy, Authentication user) {
    Period period = period(from, to);
    List<GroupBy> cuts = new ArrayList<>(List.of(GroupBy.WEEK, GroupBy.MONTH));
    cuts.addAll(DashboardPage.LOOP_CUTS);
    GroupBy grouping = DashboardPage.cut("groupBy", groupBy, cuts);
    return file("closed-loop-by-" + grouping.column(), period,
        ReportBody.of(closedLoop.report(period, grouping, access.scopeOf(user, team))));
  }

  @GetMapping("/dashboard/root-causes.csv")
  ResponseEntity<CsvExport> rootCauses(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, Authentication user) {
    Period period = period(from, to);
    return file("root-causes", period, ParetoBody.of(rootCauses.of(period, access.scopeOf(user, team))));
  }

  @GetMapping("/dashboard/idea-funnel.csv")
  ResponseEntity<CsvExport> ideaFunnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Authentication user) {
    Period period = period(from, to);
    access.scopeOf(user, null);
    return file("idea-funnel", period, FunnelBody.of(ideas.of(period)));
  }

  /** The evaluated ideas with their touchpoint's NPS before and after. */
  @GetMapping("/dashboard/evaluated-ideas.csv")
  ResponseEntity<CsvExport> evaluatedIdeas(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Authentication user) {
    Period period = period(from, to);
    access.scopeOf(user, null);
    return file("evaluated-ideas", period, new ListBody<>(new PageImpl<>(ideas.of(period).evaluatedIdeas())));
  }

  @GetMapping("/dashboard/responses.csv")
  ResponseEntity<CsvExport> responses(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String key, @RequestParam(required = false) String category, Authentication user) {
    Period period = period(from, to);
    Scope scope = access.scopeOf(user, team);
    GroupBy grouping = GroupBy.parse(groupBy, false);
    return file("responses", period, new ListBody<>(drillDown.responses(period, grouping, grouping == null ? null : key,
        EnumParameter.parse("category", category, NpsCategory.class), scope, PageRequest.of(0, MAX_ROWS))));
  }

  @GetMapping("/dashboard/cases.csv")
  ResponseEntity<CsvExport> cases(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String key, @RequestParam(required = false) String figure,
      @RequestParam(required = false) String rootCause, Authentication user) {
    Period period = period(from, to);
    Scope scope = access.scopeOf(user, team);
    GroupBy grouping = GroupBy.parse(groupBy, true);
    return file("cases", period, new ListBody<>(drillDown.cases(period, grouping, grouping == null ? null : key,
        EnumParameter.parse("figure", figure, CaseFigure.class), rootCause == null || rootCause.isBlank() ? null : rootCause, scope,
        PageRequest.of(0, MAX_ROWS))));
  }

  @GetMapping("/dashboard/ideas.csv")
  ResponseEntity<CsvExport> ideas(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String stage, Authentication user) {
    Period period = period(from, to);
    access.scopeOf(user, null);
    IdeaFunnel.Stage named = EnumParameter.parse("stage", stage, IdeaFunnel.Stage.class);
    return file("ideas", period, new ListBody<>(new PageImpl<>(ideas.ideas(period, named == null ? IdeaFunnel.Stage.PROPOSED : named))));
  }

  private static ResponseEntity<CsvExport> file(String name, Period period, CsvExport body) {
    String fileName = "closedloop-" + name + "-" + period.from() + "-" + period.to() + ".csv";
    return ResponseEntity.ok()
        .contentType(CsvMessageConverter.TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  private Period period(String from, String to) {
    return Period.parse(from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }
}
