package io.closedloop.customers;

import java.time.Instant;
import java.util.Map;

/** Everything held about one customer, one section per holder (customer, responses, cases, process variables). */
public record CustomerExport(String externalId, Instant exportedAt, Map<String, Object> data) {}
