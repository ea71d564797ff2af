/** The shared pieces of the web UI: login, the start page and the layout. */
package io.closedloop.web;
