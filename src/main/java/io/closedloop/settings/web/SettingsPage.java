package io.closedloop.settings.web;

import io.closedloop.cases.AlarmRule;
import io.closedloop.cases.RootCauses;
import io.closedloop.cases.calendar.ClosingDay;
import io.closedloop.cases.calendar.TeamCalendars;
import io.closedloop.cases.calendar.TeamWorkingTime;
import io.closedloop.cases.calendar.WorkingTime;
import io.closedloop.identity.Directory;
import io.closedloop.identity.LoginThrottle;
import io.closedloop.identity.Role;
import io.closedloop.identity.Teams;
import io.closedloop.intake.ReferenceData;
import io.closedloop.intake.ReferenceKind;
import io.closedloop.settings.KpiTargets;
import io.closedloop.settings.SettingsAudit;
import io.closedloop.settings.SettingsChanges;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import io.closedloop.web.WebPage;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's settings: teams and calendars, reference data, the root-cause taxonomy, alarm words, KPI targets, login throttles, and the audit. */
@Controller
@WebPage
@RequestMapping("/settings")
class SettingsPage {

  private final SettingsChanges changes;
  private final SettingsAudit audit;
  private final KpiTargets kpiTargets;
  private final AlarmRule alarmRule;
  private final ReferenceData referenceData;
  private final RootCauses rootCauses;
  private final TeamCalendars calendars;
  private final Teams teams;
  private final Directory directory;
  private final LoginThrottle loginThrottle;

  SettingsPage(SettingsChanges changes, SettingsAudit audit, KpiTargets kpiTargets, AlarmRule alarmRule, ReferenceData referenceData,
      RootCauses rootCauses, TeamCalendars calendars, Teams teams, Directory directory, LoginThrottle loginThrottle) {
    this.changes = changes;
    this.audit = audit;
    this.kpiTargets = kpiTargets;
    this.alarmRule = alarmRule;
    this.referenceData = referenceData;
    this.rootCauses = rootCauses;
    this.calendars = calendars;
    this.teams = teams;
    this.directory = directory;
    this.loginThrottle = loginThrottle;
  }

  @GetMapping
  String settings(Model model) {
    List<String> managers = teams.membersOf(Role.MANAGER.groupId());
    Map<String, TeamView> teamViews = new LinkedHashMap<>();
    for (String team : teams.all()) {
      WorkingTime time = calendars.savedWorkingTime(team).map(TeamWorkingTime::workingTime).orElse(WorkingTime.DEFAULT);
      teamViews.put(team, new TeamView(team, teams.membersOf(team), time,
          calendars.closingDays(team).stream().filter(day -> !day.isCompanyWide()).toList()));
    }
    model.addAttribute("section", "settings");
    model.addAttribute("targets", kpiTargets.current());
    model.addAttribute("alarmWords", String.join("\n", alarmRule.words()));
    model.addAttribute("teams", teamViews.values());
    model.addAttribute("teamsEditable", directory.isWritable());
    model.addAttribute("managers", managers);
    model.addAttribute("users", directory.users());
    model.addAttribute("companyClosingDays", calendars.closingDays(null));
    model.addAttribute("codes", referenceData.all());
    model.addAttribute("taxonomy", rootCauses.taxonomy());
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("loginThrottles", loginThrottle.current());
    model.addAttribute("audit", audit.latest(50));
    return "settings/settings";
  }

  @PostMapping("/kpi-targets")
  String saveTargets(@RequestParam int timeToFirstContactHours, @RequestParam int contactedWithinSlaPercent, Principal user,
      RedirectAttributes redirect) {
    return done(redirect, "targets", "KPI targets saved.",
        () -> changes.saveKpiTargets(new KpiTargets.Targets(timeToFirstContactHours, contactedWithinSlaPercent), user.getName()));
  }

  @PostMapping("/alarm-words")
  String saveAlarmWords(@RequestParam(defaultValue = "") String words, Principal user, RedirectAttributes redirect) {
    return done(redirect, "alarm", "Alarm words saved.", () -> changes.saveAlarmWords(words, user.getName()));
  }

  @PostMapping("/reference-codes")
  String renameCode(@RequestParam ReferenceKind kind, @RequestParam String code, @RequestParam String label, Principal user,
      RedirectAttributes redirect) {
    return done(redirect, "reference", "Renamed " + code + ".", () -> changes.renameReferenceCode(kind, code, label, user.getName()));
  }

  @PostMapping("/root-causes/rename")
  String renameRootCause(@RequestParam String code, @RequestParam String label, Principal user, RedirectAttributes redirect) {
    return done(redirect, "root-causes", "Renamed " + code + ".", () -> changes.renameRootCause(code, label, user.getName()));
  }

  @PostMapping("/root-causes")
  String addRootCause(@RequestParam String parent, @RequestParam String code, @RequestParam String label, Principal user,
      RedirectAttributes redirect) {
    return done(redirect, "root-causes", "Root cause added.", () -> changes.addRootCause(parent, code, label, user.getName()));
  }

  @PostMapping("/teams")
  String createTeam(@RequestParam String id, @RequestParam String name, Principal user, RedirectAttributes redirect) {
    return done(redirect, "teams", "Team " + id + " created.", () -> changes.createTeam(id, name, user.getName()));
  }

  @PostMapping("/teams/{team}/calendar")
  String saveCalendar(@PathVariable String team, @RequestParam(name = "day", required = false) List<DayOfWeek> days,
      @RequestParam LocalTime opensAt, @RequestParam LocalTime closesAt, @RequestParam String zone, @RequestParam String country,
      Principal user, RedirectAttributes redirect) {
    return done(redirect, "team-" + team, "Calendar of " + team + " saved.", () -> changes.saveWorkingTime(team,
        new WorkingTime(days == null ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days), opensAt, closesAt, ZoneId.of(zone.strip()),
            country.strip()), user.getName()));
  }

  @PostMapping("/teams/{team}/members")
  String addMember(@PathVariable String team, @RequestParam String user, @RequestParam(defaultValue = "false") boolean manager,
      Principal admin, RedirectAttributes redirect) {
    return done(redirect, "team-" + team, user + " joined " + team + ".", () -> changes.addTeamMember(team, user, manager, admin.getName()));
  }

  @PostMapping("/teams/{team}/members/{user}/remove")
  String removeMember(@PathVariable String team, @PathVariable String user, Principal admin, RedirectAttributes redirect) {
    return done(redirect, "team-" + team, user + " left " + team + ".", () -> changes.removeTeamMember(team, user, admin.getName()));
  }

  @PostMapping("/closing-days")
  String addClosingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String team, @RequestParam(required = false) String reason, Principal user,
      RedirectAttributes redirect) {
    String owner = team == null || team.isBlank() ? null : team;
    return done(redirect, owner == null ? "closing-days" : "team-" + owner, "Closing day " + day + " added.",
        () -> changes.addClosingDay(day, owner, reason, user.getName()));
  }

  @PostMapping("/closing-days/remove")
  String removeClosingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String team, Principal user, RedirectAttributes redirect) {
    String owner = team == null || team.isBlank() ? null : team;
    return done(redirect, owner == null ? "closing-days" : "team-" + owner, "Closing day " + day + " removed.",
        () -> changes.removeClosingDay(day, owner, user.getName()));
  }

  @PostMapping("/login-throttles/lift")
  String liftLoginThrottle(@RequestParam(defaultValue = "") String user, @RequestParam String address, Principal admin,
      RedirectAttributes redirect) {
    return done(redirect, "login-throttles", "Logins " + (user.isBlank() ? "" : "of " + user + " ") + "from " + address + " allowed again.",
        () -> changes.liftLoginThrottle(user, address, admin.getName()));
  }

  private static String done(RedirectAttributes redirect, String anchor, String notice, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (InvalidInputException | ConflictException | NotFoundException | DateTimeException | IllegalArgumentException problem) {
      redirect.addFlashAttribute("error", "Not saved: " + problem.getMessage());
    }
    return "redirect:/settings#" + anchor;
  }

  /** A team as the settings page shows it. */
  record TeamView(String id, List<String> members, WorkingTime workingTime, List<ClosingDay> closingDays) {}
}
