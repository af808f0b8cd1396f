package io.github.chartdigitizer.plotarea;

/**
 * Settings of the plot-area detector.
 *
 * @param minColorDistance  per-channel distance from the page background that makes a pixel part
 *                          of a line or panel. 8: ggplot2's grey92 panel and grid lines are only
 *                          20 away from white, and half-covered anti-aliased rows of them ~10.
 * @param gapTolerance      background a run may skip and still count as one line, in pixels per
 *                          1000 px of length, at least 2. 6 bridges the white grid lines that
 *                          cross a ggplot2 panel (up to ~5 px at 200 dpi) and JPEG breaks.
 * @param minDensity        share of a run's pixels that must differ from the background. 0.85
 *                          keeps panels crossed by grid lines and drops rows through text.
 * @param minLengthFraction shortest line, as a share of the image width (height for vertical
 *                          lines). 0.3: plot areas are larger, text runs and legends shorter.
 * @param maxLineThickness  thickest band, in pixels, still taken as a line rather than a panel,
 *                          per 1000 px of image size, at least 6. 6 covers 2.5 pt frames at 200 dpi.
 * @param maxLineChroma     mean chroma (max-min channel) above which a long run is a coloured data
 *                          line, not a frame or grid line. 60 keeps greys and light tints.
 * @param edgeTolerance     how far, as a share of the image size, a line may sit from the extent
 *                          of the perpendicular lines and still be their edge. 0.025 covers tick
 *                          marks that lengthen a spine (3.5 pt is 2% of a 2.4 in tall figure).
 */
public record PlotAreaConfig(int minColorDistance, double gapTolerance, double minDensity, double minLengthFraction,
                             double maxLineThickness, int maxLineChroma, double edgeTolerance) {
    public static final PlotAreaConfig DEFAULTS = new PlotAreaConfig(8, 6.0, 0.85, 0.3, 6.0, 60, 0.025);

    public PlotAreaConfig {
        if (minColorDistance < 1 || minColorDistance > 255) {
            throw new IllegalArgumentException("minColorDistance must be 1..255: " + minColorDistance);
        }
        if (gapTolerance < 0) {
            throw new IllegalArgumentException("gapTolerance must be >= 0: " + gapTolerance);
        }
        if (!(minDensity > 0 && minDensity <= 1)) {
            throw new IllegalArgumentException("minDensity must be in (0, 1]: " + minDensity);
        }
        if (!(minLengthFraction > 0 && minLengthFraction <= 1)) {
            throw new IllegalArgumentException("minLengthFraction must be in (0, 1]: " + minLengthFraction);
        }
        if (!(maxLineThickness > 0)) {
            throw new IllegalArgumentException("maxLineThickness must be > 0: " + maxLineThickness);
        }
        if (!(edgeTolerance >= 0)) {
            throw new IllegalArgumentException("edgeTolerance must be >= 0: " + edgeTolerance);
        }
    }
}
