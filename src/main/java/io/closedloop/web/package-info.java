/**
 * The shared pieces of the web UI: login, the start page and the layout.
 *
 * <p>Owns the table {@code user_preference}.
 */
package io.closedloop.web;
