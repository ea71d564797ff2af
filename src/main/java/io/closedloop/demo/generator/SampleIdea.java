package io.closedloop.demo.generator;

/** An improvement idea of the kind detractor cases give rise to, with the root cause it answers. */
public record SampleIdea(String title, String horizon, String rootCause, String touchpoint) {}
