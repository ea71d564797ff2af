package io.closedloop.identity.keycloak;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Serves Keycloak's users and groups to the process engine, so candidate groups, Tasklist and
 * Cockpit authorizations work with Keycloak users. Settings under {@code plugin.identity.keycloak}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakDirectory {

  @Bean
  @ConfigurationProperties(prefix = "plugin.identity.keycloak")
  KeycloakIdentityProviderPlugin keycloakIdentityProvider() {
    return new KeycloakIdentityProviderPlugin();
  }
}
