package io.closedloop.ideas;

import java.util.UUID;

/**
 * Propose an idea, new ({@code title}, ...) or by joining an existing one ({@code existingIdea});
 * {@code fromCase} links the case it came from, if any.
 */
public record ProposeIdea(UUID existingIdea, String title, String description, Horizon horizon, String touchpoint,
    UUID fromCase, String by) {}
