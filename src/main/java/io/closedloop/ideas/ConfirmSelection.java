package io.closedloop.ideas;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facilitator confirms the ideas a cycle takes on. {@code ideaIds} null keeps the selection
 * rule's choice; other ideas override it and need a {@code reason}. Short-term ideas get an owner
 * (by default who proposed them); a long-term idea needs a working group of 2-4 people.
 */
public record ConfirmSelection(UUID cycleId, List<UUID> ideaIds, String reason, Map<UUID, String> owners, List<String> workingGroup,
    String by) {}
