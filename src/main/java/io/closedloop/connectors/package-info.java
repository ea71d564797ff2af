/**
 * Connectors: responses arrive by themselves, from survey tools' signed webhooks and export files, and from machine clients with API tokens.
 *
 * <p>Owns the tables {@code machine_client}, {@code response_source} and {@code source_delivery}.
 */
package io.closedloop.connectors;
