/**
 * The {@code keycloak} profile: OIDC login for pages and the Camunda webapps, JWT bearer tokens
 * for the API, and Keycloak's groups served to the engine as its groups.
 */
package io.closedloop.identity.keycloak;
