package io.closedloop.intake;

import java.util.UUID;

/** Which response brought something in, and who posted it. */
public record ResponseSource(UUID responseId, String responseExternalId, String postedBy) {}
