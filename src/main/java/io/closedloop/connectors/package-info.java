/** Connectors: responses arrive by themselves, from survey tools' signed webhooks and export files, and from machine clients with API tokens. */
package io.closedloop.connectors;
