package io.github.chartdigitizer.tracing;

/**
 * Settings of the tracer.
 *
 * @param minColumnWeight least summed alpha for a column to hold the line. 0.5: half a pixel of
 *                        line colour; less is an anti-aliasing fringe or noise.
 * @param window          columns on each side whose picks decide, by their median, which of
 *                        several runs in a column continues the line. 6.
 * @param maxGapShare     widest gap, as a share of the plot width, bridged by straight
 *                        interpolation (dash gaps, a crossing line drawn on top). 0.06.
 * @param minCoverage     least share of the plot width a series must cover to be reported.
 *                        0.05 drops legend swatches and specks.
 */
public record TraceConfig(double minColumnWeight, int window, double maxGapShare, double minCoverage) {
    public static final TraceConfig DEFAULTS = new TraceConfig(0.5, 6, 0.06, 0.05);

    public TraceConfig {
        if (!(minColumnWeight > 0) || window < 1 || !(maxGapShare >= 0) || !(minCoverage >= 0 && minCoverage < 1)) {
            throw new IllegalArgumentException("bad trace config: minColumnWeight=" + minColumnWeight + ", window="
                    + window + ", maxGapShare=" + maxGapShare + ", minCoverage=" + minCoverage);
        }
    }
}
