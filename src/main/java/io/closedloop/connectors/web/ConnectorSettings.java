package io.closedloop.connectors.web;

import io.closedloop.web.SettingsSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings pages of the connectors, in the settings navigation after the logins. */
@Configuration(proxyBeanMethods = false)
class ConnectorSettings {

  static final String SOURCES = "sources";
  static final String CLIENTS = "clients";

  @Bean
  SettingsSection sourcesSection() {
    return new SettingsSection(SOURCES, "/settings/" + SOURCES, "connectors.sources.title", 80);
  }

  @Bean
  SettingsSection clientsSection() {
    return new SettingsSection(CLIENTS, "/settings/" + CLIENTS, "connectors.clients.title", 90);
  }
}
