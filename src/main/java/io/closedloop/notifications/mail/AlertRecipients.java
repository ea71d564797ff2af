package io.closedloop.notifications.mail;

import io.closedloop.calendar.TeamCalendars;
import io.closedloop.identity.StaffContacts;
import io.closedloop.web.PersonalPreferences;
import io.closedloop.web.UiLanguage;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who of the people notified gets mail, and how: not those who turned alert mail off or have no
 * address. Quiet hours follow their own working time, else their (first) team's calendar, else the
 * company's; they read in the language they chose, else {@code closedloop.ui.language}, and see times
 * in the zone they chose, else their working time's.
 */
@Component
class AlertRecipients {

  private final AlertMailSettings settings;
  private final StaffContacts contacts;
  private final TeamCalendars calendars;
  private final PersonalPreferences preferences;
  private final UiLanguage defaultLanguage;

  AlertRecipients(AlertMailSettings settings, StaffContacts contacts, TeamCalendars calendars, PersonalPreferences preferences,
      @Value("${closedloop.ui.language:en}") String defaultLanguage) {
    this.settings = settings;
    this.contacts = contacts;
    this.calendars = calendars;
    this.preferences = preferences;
    this.defaultLanguage = UiLanguage.of(defaultLanguage).orElse(UiLanguage.ENGLISH);
  }

  Optional<Recipient> mailable(String userId) {
    AlertMailSetting setting = settings.of(userId);
    if (setting.mode() == AlertMailMode.OFF) {
      return Optional.empty();
    }
    return contacts.emailOf(userId).map(email -> recipient(userId, email, setting));
  }

  private Recipient recipient(String userId, String email, AlertMailSetting setting) {
    List<String> teams = contacts.teamsOf(userId);
    QuietHours quietHours = QuietHours.of(calendars.forTeam(teams.isEmpty() ? null : teams.get(0)), setting);
    PersonalPreferences.Preference chosen = preferences.of(userId);
    ZoneId zone = chosen.zone().orElse(quietHours.calendar().workingTime().zone());
    return new Recipient(userId, email, setting, quietHours, chosen.language().orElse(defaultLanguage).locale(), zone);
  }
}
