package io.closedloop.settings;

/**
 * The labels an admin gives a code (a reference code, a root cause): the English one, required,
 * and the Danish one Danish readers see instead; a blank Danish label removes it (they see the
 * English one), {@code null} leaves it as it is.
 */
public record CodeLabels(String english, String danish) {}
