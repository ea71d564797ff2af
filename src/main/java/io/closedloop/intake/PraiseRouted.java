package io.closedloop.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A promoter's answer names an employee who is a user, and the answer-routing decision sent it to them as
 * praise. Published in the transaction that stored the answer.
 */
public record PraiseRouted(UUID responseId, String employeeCode, String userId, int score, String touchpoint, Instant at) {}
