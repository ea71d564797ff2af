package io.closedloop.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The figures of one group: a code (null for responses or cases without one), a week or a month. */
public record Group<F>(String key, @JsonUnwrapped F figures) {}
