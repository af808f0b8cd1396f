package io.github.chartdigitizer.text;

/**
 * Settings for finding text ink.
 *
 * @param minContrast luma below the page background that counts as ink, 0..255. 60 takes
 *                    ggplot2's grey30 axis text and anti-aliased edges of black text, not the
 *                    grey92 grid.
 * @param minPixels   smaller components are noise (JPEG specks). 2.
 */
public record InkConfig(int minContrast, int minPixels) {
    public static final InkConfig DEFAULTS = new InkConfig(60, 2);

    public InkConfig {
        if (minContrast < 1 || minContrast > 255) {
            throw new IllegalArgumentException("minContrast must be 1..255: " + minContrast);
        }
        if (minPixels < 1) {
            throw new IllegalArgumentException("minPixels must be >= 1: " + minPixels);
        }
    }
}
