package io.github.chartdigitizer.confidence;

/**
 * What the tracer saw of one line, in continuous pixel coordinates (see the model package),
 * one point per column, sorted by x. The arrays are copies; treat them as read-only.
 *
 * @param name     the series' name, for warnings
 * @param color    packed 0xRRGGBB
 * @param observed false where the point was bridged across a gap rather than seen
 * @param width    line width in pixels at each point, NaN where not seen
 */
public record LineEvidence(String name, int color, double[] xs, double[] ys, boolean[] observed, double[] width) {
    public LineEvidence {
        int n = xs.length;
        if (ys.length != n || observed.length != n || width.length != n) {
            throw new IllegalArgumentException("line evidence arrays differ in length");
        }
        xs = xs.clone();
        ys = ys.clone();
        observed = observed.clone();
        width = width.clone();
    }
}
