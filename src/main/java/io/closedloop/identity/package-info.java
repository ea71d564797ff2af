/**
 * Identity: who is logged in and what they may do. Users and groups live in the process
 * engine's identity service (default profile) or in Keycloak; roles and teams are groups.
 *
 * <p>Owns no table of its own: users and groups are in the engine's identity tables (or Keycloak),
 * shared sessions in Spring Session's tables.
 */
package io.closedloop.identity;
