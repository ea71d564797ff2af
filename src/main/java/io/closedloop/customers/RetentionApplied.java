package io.closedloop.customers;

/** What one run of the retention erased: whole customers, and old cases of customers still active. */
public record RetentionApplied(int customers, int cases) {}
