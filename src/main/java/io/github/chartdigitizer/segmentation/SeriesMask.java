package io.github.chartdigitizer.segmentation;

import io.github.chartdigitizer.model.PixelBox;

/**
 * Where one colour's line is: per pixel of {@code box}, the share of series colour (0 = none,
 * 1 = fully covered), row-major. Read-only once built.
 *
 * @param color packed 0xRRGGBB of the line
 */
public record SeriesMask(int color, PixelBox box, float[] alpha) {
    public SeriesMask {
        if (alpha.length != box.area()) {
            throw new IllegalArgumentException("mask size " + alpha.length + " != box area " + box.area());
        }
    }

    /** Alpha at image column x, row y (inside the box). */
    public float at(int x, int y) {
        return alpha[(y - box.top()) * box.width() + (x - box.left())];
    }
}
