package io.closedloop.webhooks.web;

import io.closedloop.settings.SettingsSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhooks' settings page, in the settings navigation after the connectors. */
@Configuration(proxyBeanMethods = false)
class WebhookSettings {

  static final String WEBHOOKS = "webhooks";

  @Bean
  SettingsSection webhooksSection() {
    return new SettingsSection(WEBHOOKS, "/settings/" + WEBHOOKS, "webhooks.title", 95);
  }
}
