package io.github.chartdigitizer.segmentation;

/**
 * Settings of the colour segmentation.
 *
 * @param inset          pixels left out inside each plot-area edge, so the frame and its
 *                       anti-aliasing are not data. 2.
 * @param minChroma      max-min channel spread a pixel needs to count as coloured. 30: a 1.5 px
 *                       anti-aliased tab10 line keeps its edge pixels, grey grid lines (0) and
 *                       JPEG tints (under 20) drop out.
 * @param minContrast    per-channel distance from the panel colour a pixel needs. 40.
 * @param maxResidual    RGB distance a pixel may lie from the blend between panel and series
 *                       colour and still belong to that series. 40 absorbs JPEG noise.
 * @param minAlpha       least share of series colour in a pixel's blend. 0.25.
 * @param minPixelsShare fewest pixels of one colour, as a share of the plot width, for a series.
 *                       0.2: a line crossing the plot has at least one pixel per column.
 * @param minDarkContrast luma below the panel for a grey or black pixel to be a line candidate.
 *                       100: black lines and their cores, not light grid lines.
 * @param minDarkExtent  least width or height, as a share of the plot, of a connected grey/black
 *                       blob to count as a line. 0.05: glyphs and tick marks are smaller.
 */
public record SegmentationConfig(int inset, int minChroma, int minContrast, double maxResidual, double minAlpha,
                                 double minPixelsShare, int minDarkContrast, double minDarkExtent) {
    public static final SegmentationConfig DEFAULTS = new SegmentationConfig(2, 30, 40, 40, 0.25, 0.2, 100, 0.05);

    public SegmentationConfig {
        if (inset < 0) {
            throw new IllegalArgumentException("inset must be >= 0: " + inset);
        }
        if (minChroma < 0 || minContrast < 0) {
            throw new IllegalArgumentException("minChroma and minContrast must be >= 0: " + minChroma + ", " + minContrast);
        }
        if (!(maxResidual > 0) || !(minAlpha > 0 && minAlpha <= 1) || !(minPixelsShare > 0)) {
            throw new IllegalArgumentException("bad segmentation thresholds: maxResidual=" + maxResidual
                    + ", minAlpha=" + minAlpha + ", minPixelsShare=" + minPixelsShare);
        }
    }
}
