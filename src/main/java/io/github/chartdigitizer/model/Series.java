package io.github.chartdigitizer.model;

import java.util.List;

/**
 * One traced line.
 *
 * @param name     display name ("series 1" when no legend names it)
 * @param color    line colour as {@code #rrggbb}
 * @param points   points in data units, sorted by x
 * @param coverage share of the plot area's columns where the line was seen (0..1)
 */
public record Series(String name, String color, List<DataPoint> points, double coverage) {
    public Series {
        points = List.copyOf(points);
    }

    public Series withPoints(List<DataPoint> p) {
        return new Series(name, color, p, coverage);
    }
}
