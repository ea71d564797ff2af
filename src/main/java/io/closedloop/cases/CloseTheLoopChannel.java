package io.closedloop.cases;

/**
 * How the customer heard that the loop is closed: a mail from ClosedLoop ({@code EMAIL}, sent
 * through the outbox), told on the phone ({@code PHONE}), or not recorded ({@code NONE}).
 */
public enum CloseTheLoopChannel { EMAIL, PHONE, NONE }
