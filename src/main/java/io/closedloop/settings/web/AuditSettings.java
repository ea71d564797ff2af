package io.closedloop.settings.web;

import io.closedloop.settings.SettingsAudit;
import io.closedloop.settings.SettingsPages;
import io.closedloop.web.SettingsSection;
import io.closedloop.settings.SettingsSections;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit of settings changes, filtered by who made them, on which settings page, and between which days. */
@SettingsPage
class AuditSettings {

  static final String PAGE = "/settings/audit";
  private static final int SHOWN = 200;

  private final SettingsAudit audit;
  private final SettingsSections sections;

  AuditSettings(SettingsAudit audit, SettingsSections sections) {
    this.audit = audit;
    this.sections = sections;
  }

  /** Days are the admin's own (their time zone); an unreadable day or an unknown page is left out of the filter. */
  @GetMapping(PAGE)
  String page(@RequestParam(required = false) String who, @RequestParam(required = false) String page,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
    ZoneId zone = LocaleContextHolder.getTimeZone().toZoneId();
    LocalDate fromDay = day(from);
    LocalDate toDay = day(to);
    String section = sections.byId(page == null ? "" : page).map(SettingsSection::id).orElse(null);
    SettingsAudit.Filter filter = new SettingsAudit.Filter(Inputs.orNull(who), section,
        fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(), toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    model.addAttribute("entries", audit.find(filter, SHOWN));
    model.addAttribute("shown", SHOWN);
    model.addAttribute("actors", audit.actors());
    model.addAttribute("pages", sections.all().stream().filter(each -> !each.id().equals(SettingsPages.AUDIT)).toList());
    model.addAttribute("sectionKeys", sections.all().stream().collect(Collectors.toMap(SettingsSection::id, SettingsSection::labelKey)));
    model.addAttribute("filter", new AuditFilter(filter.actor(), section, fromDay, toDay));
    return "settings/audit";
  }

  private static LocalDate day(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeException unreadable) {
      return null;
    }
  }

  /** The filter as the form shows it again. */
  record AuditFilter(String who, String page, LocalDate from, LocalDate to) {
    public boolean any() {
      return who != null || page != null || from != null || to != null;
    }
  }
}
