package io.closedloop.customers;

import java.time.Instant;

/** A customer's personal data was erased: the pseudonym they now go by, how many cases were covered, when. */
public record CustomerErased(String pseudonym, int cases, Instant at) {}
