package io.closedloop.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings pages this module keeps; their ids also name, in the audit, the page a change was made on. */
@Configuration(proxyBeanMethods = false)
public class SettingsPages {

  public static final String TEAMS = "teams";
  public static final String CALENDARS = "calendars";
  public static final String REFERENCE_DATA = "reference-data";
  public static final String ROOT_CAUSES = "root-causes";
  public static final String TARGETS = "targets";
  public static final String ALARM_WORDS = "alarm-words";
  public static final String LOGINS = "logins";
  public static final String AUDIT = "audit";

  @Bean
  SettingsSection teamsSettings() {
    return SettingsSection.of(TEAMS, 10);
  }

  @Bean
  SettingsSection calendarSettings() {
    return SettingsSection.of(CALENDARS, 20);
  }

  @Bean
  SettingsSection referenceDataSettings() {
    return SettingsSection.of(REFERENCE_DATA, 30);
  }

  @Bean
  SettingsSection rootCauseSettings() {
    return SettingsSection.of(ROOT_CAUSES, 40);
  }

  @Bean
  SettingsSection targetSettings() {
    return SettingsSection.of(TARGETS, 50);
  }

  @Bean
  SettingsSection alarmWordSettings() {
    return SettingsSection.of(ALARM_WORDS, 60);
  }

  @Bean
  SettingsSection loginSettings() {
    return SettingsSection.of(LOGINS, 70);
  }

  /** Last, after the pages other modules add. */
  @Bean
  SettingsSection auditSettings() {
    return SettingsSection.of(AUDIT, 1000);
  }
}
