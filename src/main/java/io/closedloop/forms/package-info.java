/**
 * Camunda Forms (the files in {@code forms/}) rendered and validated by our own pages, so one form serves Tasklist and ClosedLoop.
 *
 * <p>Owns no table: the forms are deployed to the engine.
 */
package io.closedloop.forms;
