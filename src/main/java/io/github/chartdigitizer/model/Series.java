package io.github.chartdigitizer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One traced line.
 *
 * @param name     display name ("series 1" when no legend names it)
 * @param color    line colour as {@code #rrggbb}
 * @param points   points in data units, sorted by x
 * @param coverage share of the plot area's columns where the line was seen (0..1)
 * @param confidence how far the trace can be trusted; empty for a series not traced from an image
 * @param style    how the line is drawn, as guessed from the trace; empty when not traced
 */
public record Series(String name, String color, List<DataPoint> points, double coverage,
                     Optional<SeriesConfidence> confidence, Optional<LineStyle> style) {
    public Series {
        points = List.copyOf(points);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(style, "style");
    }

    /** A series with a confidence and no style guess. */
    public Series(String name, String color, List<DataPoint> points, double coverage,
                  Optional<SeriesConfidence> confidence) {
        this(name, color, points, coverage, confidence, Optional.empty());
    }

    /** A series without a confidence (built by hand, not traced). */
    public Series(String name, String color, List<DataPoint> points, double coverage) {
        this(name, color, points, coverage, Optional.empty(), Optional.empty());
    }

    public Series withPoints(List<DataPoint> p) {
        return new Series(name, color, p, coverage, confidence, style);
    }
}
