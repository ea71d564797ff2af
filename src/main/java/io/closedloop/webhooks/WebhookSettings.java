package io.closedloop.webhooks;

import io.closedloop.web.SettingsSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhooks' settings page, in the settings navigation after the connectors' pages. */
@Configuration(proxyBeanMethods = false)
class WebhookSettings {

  @Bean
  SettingsSection webhooksSection() {
    return new SettingsSection(Endpoint.SETTINGS_PAGE, "/settings/" + Endpoint.SETTINGS_PAGE, "webhooks.title", 95);
  }
}
