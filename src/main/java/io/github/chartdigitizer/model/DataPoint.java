package io.github.chartdigitizer.model;

/** A point of a series in data units. */
public record DataPoint(double x, double y) {
}
