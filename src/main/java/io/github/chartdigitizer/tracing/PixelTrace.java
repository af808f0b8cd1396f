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

    /** A trace from points {x, y} and whether each was observed. */
    public static PixelTrace of(int color, java.util.List<double[]> points, java.util.List<Boolean> observed,
                                double coverage) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        boolean[] ob = new boolean[points.size()];
        for (int k = 0; k < points.size(); k++) {
            xs[k] = points.get(k)[0];
            ys[k] = points.get(k)[1];
            ob[k] = observed.get(k);
        }
        return new PixelTrace(color, xs, ys, ob, coverage);
    }
}
