/**
 * The database ClosedLoop runs on: an embedded PostgreSQL for the default run, an external one in production.
 *
 * <p>Owns no table.
 */
package io.closedloop.database;
