package io.closedloop.web;

import io.closedloop.calendar.TeamCalendars;
import io.closedloop.identity.Authorities;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The language and time zone of each page: the {@link PageLanguage} of a page that has its own, else
 * what the person chose, else their browser's language (if the pages are written in it) and their
 * team's time zone, else the company's defaults.
 */
@Component("localeResolver")
class PersonalLocaleResolver implements LocaleContextResolver {

  private final PersonalPreferences preferences;
  private final TeamCalendars calendars;
  private final UiLanguage defaultLanguage;
  private final ZoneId defaultZone;

  PersonalLocaleResolver(
      PersonalPreferences preferences,
      TeamCalendars calendars,
      @Value("${closedloop.ui.language:en}") String defaultLanguage,
      @Value("${closedloop.ui.zone:Europe/Copenhagen}") ZoneId defaultZone) {
    this.preferences = preferences;
    this.calendars = calendars;
    this.defaultLanguage = UiLanguage.of(defaultLanguage).orElse(UiLanguage.ENGLISH);
    this.defaultZone = defaultZone;
  }

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    Authentication user = request.getUserPrincipal() instanceof Authentication authentication ? authentication : null;
    PersonalPreferences.Preference chosen = preferences.of(user == null ? null : user.getName());
    Locale locale = PageLanguage.of(request).or(chosen::language).or(() -> browserLanguage(request)).orElse(defaultLanguage).locale();
    ZoneId zone = chosen.zone().orElseGet(() -> teamZone(user));
    return new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone));
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return resolveLocaleContext(request).getLocale();
  }

  @Override
  public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
    throw new UnsupportedOperationException("A person's language is changed on their preferences page");
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException("A person's language is changed on their preferences page");
  }

  private static Optional<UiLanguage> browserLanguage(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    Enumeration<Locale> wanted = request.getLocales();
    while (wanted.hasMoreElements()) {
      Optional<UiLanguage> language = UiLanguage.of(wanted.nextElement().toLanguageTag());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }

  private ZoneId teamZone(Authentication user) {
    List<String> teams = user == null ? List.of() : Authorities.teamIds(user.getAuthorities());
    return teams.isEmpty() ? defaultZone : calendars.forTeam(teams.get(0)).workingTime().zone();
  }
}
