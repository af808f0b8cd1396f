package io.github.chartdigitizer.tracing;

/**
 * A traced curve in continuous pixel coordinates, one point per column, sorted by x.
 *
 * @param color    packed 0xRRGGBB
 * @param xs       column centres
 * @param ys       line centres in those columns
 * @param observed false where the point was interpolated across a gap
 * @param coverage share of the plot width where the line was seen
 */
public record PixelTrace(int color, double[] xs, double[] ys, boolean[] observed, double coverage) {
    public PixelTrace {
        if (xs.length != ys.length || xs.length != observed.length) {
            throw new IllegalArgumentException("trace arrays differ in length");
        }
    }
}
