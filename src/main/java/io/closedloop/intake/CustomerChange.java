package io.closedloop.intake;

/**
 * One detail of a known customer that a response gave differently.
 *
 * @param field the detail as the client names it, e.g. {@code email}
 * @param applied whether the customer took the new value (else the known one was kept)
 */
public record CustomerChange(String field, String before, String after, boolean applied) {}
