/**
 * Metrics: read models and queries for the NPS and the closed-loop KPIs (a daily NPS rollup and
 * one fact row per case, both kept by database triggers), the root-cause Pareto and the idea
 * funnel, with the drill-down lists behind every figure; {@code metrics/web} for the API, the
 * dashboard and the wall screen.
 *
 * <p>Owns the read models {@code nps_daily}, {@code case_fact}, {@code case_fact_generation} and
 * {@code case_fact_removed}, kept by database triggers on intake's and cases' tables; reads those
 * modules' tables, and those of ideas, praise, resurvey and reference, in SQL for its figures.
 */
package io.closedloop.metrics;
