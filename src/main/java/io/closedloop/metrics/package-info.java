/**
 * Metrics: read models and queries for the NPS and the closed-loop KPIs (a daily NPS rollup and
 * one fact row per case, both kept by database triggers), the root-cause Pareto and the idea
 * funnel, with the drill-down lists behind every figure; {@code metrics/web} for the API, the
 * dashboard and the wall screen.
 */
package io.closedloop.metrics;
