/**
 * Demo data: the demo users and a living sample of responses and cases, only when demo data is on.
 *
 * <p>Owns no table: writes through the modules' use cases, and reads cases' and intake's tables for
 * its sample.
 */
package io.closedloop.demo;
