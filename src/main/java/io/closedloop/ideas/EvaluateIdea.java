package io.closedloop.ideas;

import java.util.UUID;

/** At the next cycle, a chosen idea is evaluated: implemented or not, and its effect in words. */
public record EvaluateIdea(UUID cycleId, UUID ideaId, Boolean implemented, String effect, String by) {}
