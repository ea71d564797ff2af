package io.closedloop.ideas;

import java.time.Instant;

/** A chosen idea was carried out. Published in the transaction that marked it done. */
public record IdeaDone(IdeaId ideaId, String title, Horizon horizon, String touchpoint, Instant at) {}
