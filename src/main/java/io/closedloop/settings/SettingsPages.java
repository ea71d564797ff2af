package io.closedloop.settings;

import io.closedloop.web.SettingsSection;
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
  SettingsSection teamsSection() {
    return SettingsSection.of(TEAMS, 10);
  }

  @Bean
  SettingsSection calendarsSection() {
    return SettingsSection.of(CALENDARS, 20);
  }

  @Bean
  SettingsSection referenceDataSection() {
    return SettingsSection.of(REFERENCE_DATA, 30);
  }

  @Bean
  SettingsSection rootCausesSection() {
    return SettingsSection.of(ROOT_CAUSES, 40);
  }

  @Bean
  SettingsSection targetsSection() {
    return SettingsSection.of(TARGETS, 50);
  }

  @Bean
  SettingsSection alarmWordsSection() {
    return SettingsSection.of(ALARM_WORDS, 60);
  }

  @Bean
  SettingsSection loginsSection() {
    return SettingsSection.of(LOGINS, 70);
  }

  /** Last, after the pages other modules add. */
  @Bean
  SettingsSection auditSection() {
    return SettingsSection.of(AUDIT, 1000);
  }
}
