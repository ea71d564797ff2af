package io.closedloop.ideas;

import java.time.Instant;
import java.util.UUID;

/**
 * An improvement meeting chose an idea to carry out before {@code dueAt}. Published in the
 * transaction that confirmed the cycle's selection, once for each chosen idea.
 */
public record IdeaSelected(IdeaId ideaId, UUID cycleId, int cycleNumber, String title, Horizon horizon, String touchpoint,
    Instant dueAt, Instant at) {}
