package io.closedloop.metrics.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.cases.OverdueCases;
import io.closedloop.metrics.ClosedLoopReports;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.NpsFigures;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.PromoterComments;
import io.closedloop.metrics.Report;
import io.closedloop.metrics.Scope;
import io.closedloop.settings.KpiTargets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office wall screen: the NPS of the last 90 days and of the last 7, the call-back KPIs of the
 * last 30 days against their targets, the open cases now and those overdue in each phase, the weekly NPS trend and
 * the latest promoters' comments; big, no navigation, in the reader's language and time zone. The
 * page asks for its figures again every minute ({@code /wall/figures}, see the template's
 * {@code hx-trigger}) and swaps them in place.
 */
@Controller
class WallPage {

  private static final int TREND_WEEKS = 12;
  private static final int PRAISE = 4;
  private static final Duration PRAISE_WITHIN = Duration.ofDays(30);

  private final NpsQueries nps;
  private final ClosedLoopReports closedLoop;
  private final PromoterComments promoters;
  private final OverdueCases overdueCases;
  private final KpiTargets targets;
  private final MetricsAccess access;
  private final GroupLabels groupLabels;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final Clock clock;

  WallPage(NpsQueries nps, ClosedLoopReports closedLoop, PromoterComments promoters, OverdueCases overdueCases, KpiTargets targets,
      MetricsAccess access, GroupLabels groupLabels, MessageSource messages, ObjectMapper json, Clock clock) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.promoters = promoters;
    this.overdueCases = overdueCases;
    this.targets = targets;
    this.access = access;
    this.groupLabels = groupLabels;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/wall")
  String wall(Authentication user, Model model) throws JsonProcessingException {
    figures(user, model);
    return "metrics/wall";
  }

  /** The figures alone, for the page to swap in. */
  @GetMapping("/wall/figures")
  String figures(Authentication user, Model model) throws JsonProcessingException {
    Scope scope = access.scopeOf(user, null);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Report<NpsFigures> trend = nps.report(new Period(today.minusWeeks(TREND_WEEKS - 1), today), GroupBy.WEEK, scope);
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", trend.groups().stream().map(group -> groupLabels.label(GroupBy.WEEK, group.key())).toList());
    chart.put("nps", trend.groups().stream().map(group -> group.figures().npsExact()).toList());
    chart.put("series", List.of(messages.getMessage("metrics.nps", null, LocaleContextHolder.getLocale())));
    model.addAttribute("quarter", nps.report(Period.lastDays(90, today), null, scope).total());
    model.addAttribute("week", nps.report(Period.lastDays(7, today), null, scope).total());
    model.addAttribute("loop", closedLoop.report(Period.lastDays(30, today), null, scope).total());
    model.addAttribute("backlog", closedLoop.backlog(scope));
    model.addAttribute("overdue", overdueCases.now(scope.teams()));
    model.addAttribute("praise", promoters.latest(now.minus(PRAISE_WITHIN), PRAISE));
    model.addAttribute("targets", targets.current());
    model.addAttribute("trendChart", json.writeValueAsString(chart));
    model.addAttribute("updatedAt", now);
    return "metrics/wall :: figures";
  }
}
