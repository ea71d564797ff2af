/**
 * Identity: who is logged in and what they may do. Users and groups live in the process
 * engine's identity service (default profile) or in Keycloak; roles and teams are groups.
 */
package io.closedloop.identity;
