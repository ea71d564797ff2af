package io.closedloop.cases;

import java.time.Instant;
import java.util.List;

/**
 * What planning a case decided: the owning team, who owns it now (or null: the team queue),
 * the managers to alert, and the instants of the reminder and the call-back deadline.
 */
public record CasePlan(String team, String owner, List<String> teamManagers, Instant reminderAt, Instant callbackDue) {}
