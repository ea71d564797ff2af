package io.closedloop.ideas;

import java.util.UUID;

/** The identity of an idea. */
public record IdeaId(UUID value) {}
