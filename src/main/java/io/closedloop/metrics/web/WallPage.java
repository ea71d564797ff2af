package io.closedloop.metrics.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.metrics.ClosedLoopQueries;
import io.closedloop.metrics.GroupBy;
import io.closedloop.metrics.NpsFigures;
import io.closedloop.metrics.NpsQueries;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.Report;
import io.closedloop.metrics.Scope;
import io.closedloop.settings.KpiTargets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office wall screen: the NPS of the last 90 days and of the last 7, the call-back KPIs of the
 * last 30 days against their targets, and the weekly NPS trend; big, no navigation, refreshed every minute.
 */
@Controller
class WallPage {

  static final int REFRESH_SECONDS = 60;
  private static final int TREND_WEEKS = 12;

  private final NpsQueries nps;
  private final ClosedLoopQueries closedLoop;
  private final KpiTargets targets;
  private final Readers readers;
  private final ObjectMapper json;
  private final Clock clock;

  WallPage(NpsQueries nps, ClosedLoopQueries closedLoop, KpiTargets targets, Readers readers, ObjectMapper json, Clock clock) {
    this.nps = nps;
    this.closedLoop = closedLoop;
    this.targets = targets;
    this.readers = readers;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/wall")
  String wall(Authentication user, Model model) throws JsonProcessingException {
    Scope scope = readers.scopeOf(user, null);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Report<NpsFigures> trend = nps.report(new Period(today.minusWeeks(TREND_WEEKS - 1), today), GroupBy.WEEK, scope);
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", trend.groups().stream().map(group -> group.key()).toList());
    chart.put("nps", trend.groups().stream().map(group -> group.figures().npsExact()).toList());
    model.addAttribute("quarter", nps.report(Period.lastDays(90, today), null, scope).total());
    model.addAttribute("week", nps.report(Period.lastDays(7, today), null, scope).total());
    model.addAttribute("loop", closedLoop.report(Period.lastDays(30, today), null, scope).total());
    model.addAttribute("targets", targets.current());
    model.addAttribute("trendChart", json.writeValueAsString(chart));
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("updatedAt", clock.instant().atZone(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm")) + " UTC");
    return "metrics/wall";
  }
}
