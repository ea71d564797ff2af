package io.closedloop.metrics.facts;

import java.util.UUID;

/**
 * One case as read from {@code case_fact}: its day of opening (epoch day), its codes, its instants
 * in epoch microseconds ({@link CaseFactColumns#NO_INSTANT_BEFORE} / {@link CaseFactColumns#NO_INSTANT_AFTER}
 * when none), its hours ({@code NaN} when not yet) and its {@link CaseFactColumns} flags.
 */
public record CaseFact(UUID caseId, int day, String team, String owner, String touchpoint, String employee, String product,
    String country, String segment, long callbackDue, long firstReachedAt, double firstContactHours, double closeHours,
    int flags) {}
