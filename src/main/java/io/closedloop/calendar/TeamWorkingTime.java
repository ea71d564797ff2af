package io.closedloop.calendar;

import java.time.Instant;

/** The working time saved for a team, and who changed it last. */
public record TeamWorkingTime(String team, WorkingTime workingTime, Instant updatedAt, String updatedBy) {}
