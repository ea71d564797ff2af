/** Deterministic, seeded sample data at any size: for the demo, the benchmarks and CSV files for the import. */
package io.closedloop.demo.generator;
