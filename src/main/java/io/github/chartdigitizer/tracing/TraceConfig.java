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
 * @param jumpShare       a jump between neighbouring columns larger than this share of the plot
 *                        height may start a spike. 0.05: a curve's steepest drawn stretch moves
 *                        a few pixels per column, a stray run sits far off.
 * @param maxSpikeShare   longest spike, as a share of the plot width. 0.03: swatches and
 *                        crossings are short; a real excursion of a curve is longer.
 */
public record TraceConfig(double minColumnWeight, int window, double maxGapShare, double minCoverage,
                          double jumpShare, double maxSpikeShare) {
    public static final TraceConfig DEFAULTS = new TraceConfig(0.5, 6, 0.06, 0.05, 0.05, 0.03);

    public TraceConfig {
        if (!(minColumnWeight > 0) || window < 1 || !(maxGapShare >= 0) || !(minCoverage >= 0 && minCoverage < 1)
                || !(jumpShare > 0) || !(maxSpikeShare >= 0)) {
            throw new IllegalArgumentException("bad trace config: minColumnWeight=" + minColumnWeight + ", window="
                    + window + ", maxGapShare=" + maxGapShare + ", minCoverage=" + minCoverage + ", jumpShare="
                    + jumpShare + ", maxSpikeShare=" + maxSpikeShare);
        }
    }
}
