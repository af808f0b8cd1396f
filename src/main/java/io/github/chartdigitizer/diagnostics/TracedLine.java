package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.model.SeriesConfidence;
import java.util.Objects;
import java.util.Optional;

/**
 * One line the tracer followed, in continuous pixel coordinates (see the model package), one
 * point per column, sorted by x. The arrays are copies; treat them as read-only.
 *
 * @param color      packed 0xRRGGBB
 * @param name       the series' name, or "" for a dropped trace
 * @param observed   false where the point was bridged across a gap rather than seen
 * @param fate       whether it became a series
 * @param confidence the series' confidence, for a line that became a series
 */
public record TracedLine(int color, String name, double[] xs, double[] ys, boolean[] observed, Fate fate,
                         Optional<SeriesConfidence> confidence) {
    /** What became of a trace. */
    public enum Fate {
        /** Reported as a series. */
        SERIES,
        /** Dropped: the anti-aliased or JPEG fringe of another line, or the same line again. */
        DROPPED_AS_FRINGE
    }

    public TracedLine {
        if (xs.length != ys.length || xs.length != observed.length) {
            throw new IllegalArgumentException("traced line arrays differ in length");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fate, "fate");
        Objects.requireNonNull(confidence, "confidence");
        xs = xs.clone();
        ys = ys.clone();
        observed = observed.clone();
    }
}
