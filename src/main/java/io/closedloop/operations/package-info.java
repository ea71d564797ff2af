/**
 * Running ClosedLoop on one node or several and watching it: scheduled jobs that run on one node
 * at a time ({@code shedlock}, V25), the request's user and case in every log line, and values
 * read at most every few seconds for gauges. The Prometheus gauges themselves live with the
 * module that owns their tables.
 *
 * <p>Owns the table {@code shedlock}.
 */
package io.closedloop.operations;
