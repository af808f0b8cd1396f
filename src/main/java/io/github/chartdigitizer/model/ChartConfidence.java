package io.github.chartdigitizer.model;

/**
 * How far a digitized chart can be trusted as a whole: its axes' and series' confidences
 * combined. The per-series confidences are on the {@link Series}.
 *
 * @param score 0 to 1; on the public chartbench corpus, charts at 0.8 or above read correctly
 *              (see {@code docs/overlay.md} for the measured separation)
 */
public record ChartConfidence(double score, AxisConfidence x, AxisConfidence y) {
    public ChartConfidence {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("chart confidence must be in [0, 1]: " + score);
        }
    }
}
