/**
 * How far a digitized chart can be trusted: per axis from the tick-label fit, per series from
 * what the tracer saw, and for the chart as a whole. Scores only; the stages' results are never
 * changed here.
 */
package io.github.chartdigitizer.confidence;
