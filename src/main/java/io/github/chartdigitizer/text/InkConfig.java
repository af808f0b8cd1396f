package io.github.chartdigitizer.text;

/**
 * Settings for finding text ink.
 *
 * @param minContrast luma below the page background that counts as ink, 0..255. 40 takes
 *                    ggplot2's grey30 axis text and the faint decimal points and minus signs of
 *                    small anti-aliased labels (60 lost them: 79 vs 81 of 120 bench charts).
 * @param minPixels   smaller components are noise (JPEG specks). 2.
 */
public record InkConfig(int minContrast, int minPixels) {
    public static final InkConfig DEFAULTS = new InkConfig(40, 2);

    public InkConfig {
        if (minContrast < 1 || minContrast > 255) {
            throw new IllegalArgumentException("minContrast must be 1..255: " + minContrast);
        }
        if (minPixels < 1) {
            throw new IllegalArgumentException("minPixels must be >= 1: " + minPixels);
        }
    }
}
