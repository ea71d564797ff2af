package io.closedloop.ideas;

import java.util.UUID;

/** An idea entered the backlog, or a case joined an existing one. */
public record IdeaProposed(IdeaId ideaId, UUID fromCase, boolean joined) {}
