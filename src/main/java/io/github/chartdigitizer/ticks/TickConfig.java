package io.github.chartdigitizer.ticks;

/**
 * Settings for locating tick labels and ticks.
 *
 * @param labelGap        gap between glyphs, as a share of the text height, that separates two
 *                        labels on the x axis. 0.6: digits of one label sit 1-2 px apart,
 *                        neighbouring labels at least a character width.
 * @param maxTickLength   longest tick mark searched for, as a share of the image height (width
 *                        for y ticks), at least 4 px. 0.03 covers 3.5 pt ticks on small figures.
 * @param gridFraction    share of the plot area a line must cross to stand in for a missing
 *                        tick mark. 0.6: grid lines cross it all, curves only in places.
 * @param alignTolerance  how far, as a share of the text height, y labels may stray from their
 *                        common right (or left) edge. 0.4.
 */
public record TickConfig(double labelGap, double maxTickLength, double gridFraction, double alignTolerance) {
    public static final TickConfig DEFAULTS = new TickConfig(0.6, 0.03, 0.6, 0.4);

    public TickConfig {
        if (!(labelGap > 0)) {
            throw new IllegalArgumentException("labelGap must be > 0: " + labelGap);
        }
        if (!(maxTickLength > 0 && maxTickLength < 0.5)) {
            throw new IllegalArgumentException("maxTickLength must be in (0, 0.5): " + maxTickLength);
        }
        if (!(gridFraction > 0 && gridFraction <= 1)) {
            throw new IllegalArgumentException("gridFraction must be in (0, 1]: " + gridFraction);
        }
        if (!(alignTolerance > 0)) {
            throw new IllegalArgumentException("alignTolerance must be > 0: " + alignTolerance);
        }
    }
}
