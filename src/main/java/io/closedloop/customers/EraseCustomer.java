package io.closedloop.customers;

/** An admin asks to erase a customer's personal data, for a reason (e.g. the customer's request). */
public record EraseCustomer(String externalId, String reason, String by) {}
