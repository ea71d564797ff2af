/**
 * The benchmark suite: each benchmark measures ClosedLoop side by side with the raw limit of its
 * engine or database in the same run and reports both figures and their ratio. Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw -Pbench verify} (see BENCHMARKS.md).
 */
package io.closedloop.bench;
