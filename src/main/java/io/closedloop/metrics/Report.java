package io.closedloop.metrics;

import java.time.LocalDate;
import java.util.List;

/** Figures of a period: the total and, when grouped, one entry per group. */
public record Report<F>(LocalDate from, LocalDate to, F total, List<Group<F>> groups) {}
