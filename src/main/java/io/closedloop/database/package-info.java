/** The database ClosedLoop runs on: an embedded PostgreSQL for the default run, an external one in production. */
package io.closedloop.database;
