package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.calendar.ClosingDay;
import io.closedloop.calendar.TeamCalendars;
import io.closedloop.calendar.TeamWorkingTime;
import io.closedloop.calendar.WorkingTime;
import io.closedloop.identity.Teams;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each team's working days and hours, time zone and country of public holidays; the company's and each team's closing days. */
@SettingsPage
class CalendarSettings {

  static final String PAGE = "/settings/calendars";

  private final TeamCalendars calendars;
  private final Teams teams;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  CalendarSettings(TeamCalendars calendars, Teams teams, SettingsChanges changes, SettingsForms forms) {
    this.calendars = calendars;
    this.teams = teams;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("calendars", teams.all().stream().map(team -> calendarOf(team, locale)).toList());
    model.addAttribute("companyClosingDays", calendars.closingDays(null).stream().filter(ClosingDay::isCompanyWide).toList());
    model.addAttribute("days", DayOfWeek.values());
    return "settings/calendars";
  }

  @PostMapping("/settings/teams/{team}/calendar")
  String save(@PathVariable String team, @RequestParam(name = "day", required = false) List<DayOfWeek> days,
      @RequestParam(required = false) String opensAt, @RequestParam(required = false) String closesAt,
      @RequestParam(required = false) String zone, @RequestParam(required = false) String country, Principal user,
      HttpServletRequest request, RedirectAttributes redirect) {
    return forms.submit(SettingsForm.of(PAGE, "calendar-" + team, "settings.calendars.saved", team), request, redirect,
        () -> changes.saveWorkingTime(team, new WorkingTime(days == null ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days),
            Inputs.time("opensAt", opensAt), Inputs.time("closesAt", closesAt), Inputs.zone("zone", zone),
            country == null ? "" : country.strip()), user.getName()));
  }

  @PostMapping("/settings/closing-days")
  String addClosingDay(@RequestParam(required = false) String day, @RequestParam(required = false) String team,
      @RequestParam(required = false) String reason, Principal user, HttpServletRequest request, RedirectAttributes redirect) {
    String owner = Inputs.orNull(team);
    SettingsForm form = SettingsForm.of(PAGE, closingDaysForm(owner), "settings.calendars.closed", day);
    return forms.submit(form, request, redirect, () -> changes.addClosingDay(Inputs.date("day", day), owner, reason, user.getName()));
  }

  @PostMapping("/settings/closing-days/remove")
  String removeClosingDay(@RequestParam String day, @RequestParam(required = false) String team, Principal user,
      HttpServletRequest request, RedirectAttributes redirect) {
    String owner = Inputs.orNull(team);
    SettingsForm form = SettingsForm.of(PAGE, closingDaysForm(owner), "settings.calendars.reopened", day);
    return forms.submit(form, request, redirect, () -> changes.removeClosingDay(Inputs.date("day", day), owner, user.getName()));
  }

  private CalendarView calendarOf(String team, Locale locale) {
    WorkingTime time = calendars.savedWorkingTime(team).map(TeamWorkingTime::workingTime).orElse(WorkingTime.DEFAULT);
    return new CalendarView(team, time, calendars.closingDays(team).stream().filter(day -> !day.isCompanyWide()).toList(),
        ZoneChoices.in(locale, time.zone().getId()), CountryChoices.of(calendars.countriesWithPublicHolidays(), locale, time.country()));
  }

  private static String closingDaysForm(String team) {
    return team == null ? "company-closing-days" : "closing-days-" + team;
  }

  /** A team's calendar as the page shows it, with the zones and countries to choose from. */
  record CalendarView(String team, WorkingTime workingTime, List<ClosingDay> closingDays, Choices zones, Choices countries) {}
}
