package io.closedloop.web;

import io.closedloop.web.PersonalPreferences.Preference;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each person's own page for the language of the pages and the time zone of the times they show. */
@Controller
@WebPage
class PreferencesPage {

  private final PersonalPreferences preferences;

  PreferencesPage(PersonalPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping("/preferences")
  String show(Principal user, Model model) {
    Preference chosen = preferences.of(user.getName());
    return page(model, chosen.language().map(UiLanguage::tag).orElse(""), chosen.zone().map(ZoneId::getId).orElse(""));
  }

  @PostMapping("/preferences")
  String save(Principal user, @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String zone,
      Model model) {
    Optional<UiLanguage> chosenLanguage = UiLanguage.of(language);
    if (!language.isBlank() && chosenLanguage.isEmpty()) {
      model.addAttribute("rejected", "language");
      return page(model, language, zone);
    }
    if (!zone.isBlank() && !ZoneId.getAvailableZoneIds().contains(zone)) {
      model.addAttribute("rejected", "zone");
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
    return "preferences";
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
