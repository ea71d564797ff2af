/** Camunda Forms (the files in {@code forms/}) rendered and validated by our own pages, so one form serves Tasklist and ClosedLoop. */
package io.closedloop.forms;
