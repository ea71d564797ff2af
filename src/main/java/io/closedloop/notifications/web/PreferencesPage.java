package io.closedloop.notifications.web;

import io.closedloop.calendar.WorkingTime;
import io.closedloop.identity.StaffContacts;
import io.closedloop.notifications.mail.AlertMailMode;
import io.closedloop.notifications.mail.AlertMailSetting;
import io.closedloop.notifications.mail.AlertMailSettings;
import io.closedloop.notifications.mail.InvalidWorkingHours;
import io.closedloop.notifications.mail.PersonalWorkingTime;
import io.closedloop.web.PersonalPreferences;
import io.closedloop.web.PersonalPreferences.Preference;
import io.closedloop.web.UiLanguage;
import io.closedloop.web.WebPage;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each person's own page for the language of the pages, the time zone of the times they show, and how
 * alerts reach them by mail.
 */
@Controller
@WebPage
class PreferencesPage {

  private final PersonalPreferences preferences;
  private final AlertMailSettings alertMail;
  private final StaffContacts contacts;

  PreferencesPage(PersonalPreferences preferences, AlertMailSettings alertMail, StaffContacts contacts) {
    this.preferences = preferences;
    this.alertMail = alertMail;
    this.contacts = contacts;
  }

  @GetMapping("/preferences")
  String show(Principal user, Model model) {
    alertSection(user, model, AlertMailForm.of(alertMail.of(user.getName())));
    return page(user, model);
  }

  @PostMapping("/preferences/alert-mail")
  String saveAlertMail(Principal user, @RequestParam(defaultValue = "IMMEDIATE") AlertMailMode mode,
      @RequestParam(defaultValue = "false") boolean anyHour, @RequestParam(defaultValue = "false") boolean ownHours,
      @RequestParam(name = "day", defaultValue = "") List<String> days, @RequestParam(defaultValue = "") String opensAt,
      @RequestParam(defaultValue = "") String closesAt, @RequestParam(defaultValue = "") String workZone, Model model) {
    AlertMailForm form = new AlertMailForm(mode, anyHour, ownHours, Set.copyOf(days), opensAt, closesAt, workZone);
    try {
      alertMail.save(user.getName(), new AlertMailSetting(mode, anyHour, ownHours ? form.workingTime() : null));
    } catch (InvalidWorkingHours e) {
      alertSection(user, model, form);
      model.addAttribute("alertsRejected", e.field());
      return page(user, model);
    }
    return "redirect:/preferences?alertsSaved";
  }

  private void alertSection(Principal user, Model model, AlertMailForm form) {
    model.addAttribute("alerts", form);
    model.addAttribute("alertAddress", contacts.emailOf(user.getName()).orElse(null));
  }

  private String page(Principal user, Model model) {
    Preference chosen = preferences.of(user.getName());
    return page(model, chosen.language().map(UiLanguage::tag).orElse(""), chosen.zone().map(ZoneId::getId).orElse(""));
  }

  @PostMapping("/preferences")
  String save(Principal user, @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String zone,
      Model model) {
    Optional<UiLanguage> chosenLanguage = UiLanguage.of(language);
    if (!language.isBlank() && chosenLanguage.isEmpty()) {
      model.addAttribute("rejected", "language");
      alertSection(user, model, AlertMailForm.of(alertMail.of(user.getName())));
      return page(model, language, zone);
    }
    if (!zone.isBlank() && !ZoneId.getAvailableZoneIds().contains(zone)) {
      model.addAttribute("rejected", "zone");
      alertSection(user, model, AlertMailForm.of(alertMail.of(user.getName())));
      return page(model, language, zone);
    }
    preferences.save(user.getName(), new Preference(chosenLanguage.orElse(null), zone.isBlank() ? null : ZoneId.of(zone)));
    return "redirect:/preferences?saved";
  }

  private String page(Model model, String language, String zone) {
    model.addAttribute("section", "preferences");
    model.addAttribute("languages", UiLanguage.values());
    model.addAttribute("language", language);
    model.addAttribute("zone", zone);
    model.addAttribute("commonZones", TimeZones.COMMON);
    model.addAttribute("allZones", TimeZones.all());
    model.addAttribute("currentLanguage", LocaleContextHolder.getLocale().getDisplayLanguage(LocaleContextHolder.getLocale()));
    model.addAttribute("currentZone", LocaleContextHolder.getTimeZone().getID());
    model.addAttribute("alertModes", AlertMailMode.values());
    model.addAttribute("days", DayOfWeek.values());
    return "preferences";
  }

  /** The alert mail form as shown or as sent back; a person without their own hours sees the standard ones to start from. */
  record AlertMailForm(AlertMailMode mode, boolean anyHour, boolean ownHours, Set<String> days, String opensAt, String closesAt,
      String workZone) {

    static AlertMailForm of(AlertMailSetting setting) {
      Optional<PersonalWorkingTime> own = setting.ownWorkingTime();
      Set<DayOfWeek> days = own.map(PersonalWorkingTime::days).orElse(WorkingTime.DEFAULT.workingDays());
      return new AlertMailForm(setting.mode(), setting.alarmsAtAnyHour(), own.isPresent(),
          days.stream().map(DayOfWeek::name).collect(Collectors.toSet()),
          own.map(PersonalWorkingTime::opensAt).orElse(WorkingTime.DEFAULT.opensAt()).toString(),
          own.map(PersonalWorkingTime::closesAt).orElse(WorkingTime.DEFAULT.closesAt()).toString(),
          own.map(PersonalWorkingTime::zone).orElse(WorkingTime.DEFAULT.zone()).getId());
    }

    PersonalWorkingTime workingTime() {
      Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
      Arrays.stream(DayOfWeek.values()).filter(day -> days.contains(day.name())).forEach(chosen::add);
      if (!ZoneId.getAvailableZoneIds().contains(workZone)) {
        throw new InvalidWorkingHours("zone", "Unknown time zone " + workZone);
      }
      return new PersonalWorkingTime(chosen, time(opensAt), time(closesAt), ZoneId.of(workZone));
    }

    private static LocalTime time(String text) {
      try {
        return LocalTime.parse(text.strip());
      } catch (DateTimeException e) {
        return null;
      }
    }

    public boolean hasDay(DayOfWeek day) {
      return days.contains(day.name());
    }
  }

  /** Time zones to choose from: the ones people here work in first, then every zone the server knows. */
  static final class TimeZones {

    static final List<String> COMMON = List.of("Europe/Copenhagen", "Europe/Oslo", "Europe/Stockholm", "Europe/Helsinki",
        "Europe/Berlin", "Europe/London", "Atlantic/Faroe", "America/Nuuk", "UTC");

    private TimeZones() {}

    static List<String> all() {
      return ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
          && !id.startsWith("SystemV/")).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
  }
}
