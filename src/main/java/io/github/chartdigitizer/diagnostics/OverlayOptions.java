package io.github.chartdigitizer.diagnostics;

import java.util.EnumSet;
import java.util.Set;

/**
 * How an overlay is drawn.
 *
 * @param dimming share of white blended over the image, 0..1. 0.6: the chart stays recognisable
 *                while the drawings on top stand out.
 * @param scale   how many overlay pixels a side each image pixel becomes, or 0 to enlarge only
 *                small images ({@link #scaleFor(int)})
 * @param textPx  height of the overlay's text in overlay pixels, or 0 to pick one from the
 *                overlay's height ({@link #autoTextPx(int)})
 * @param layers  what to draw
 */
public record OverlayOptions(double dimming, int scale, int textPx, Set<Layer> layers) {
    /** Everything, on a 60% dimmed image, enlarged only when small, with text sized to it. */
    public static final OverlayOptions DEFAULTS = new OverlayOptions(0.6, 0, 0, EnumSet.allOf(Layer.class));

    /**
     * Automatic scale: images narrower than this are enlarged by a whole factor until they are
     * not. 640: on a narrower image, readable text (10 px and up) beside each tick label crowds
     * out the labels and the lines.
     */
    static final int AUTO_MIN_WIDTH = 640;
    /** Largest automatic scale: 3 turns a 214 px thumbnail into 642 px. */
    static final int MAX_AUTO_SCALE = 3;

    /** Smallest automatic text height in pixels: smaller is unreadable. */
    static final int MIN_AUTO_TEXT_PX = 10;
    /** Largest automatic text height in pixels: larger hides the chart. */
    static final int MAX_AUTO_TEXT_PX = 16;
    /** Automatic text height as a share of the image height: 12 px on a 480 px chart. */
    static final double AUTO_TEXT_SHARE = 1 / 40.0;

    /** The parts of an overlay. */
    public enum Layer {
        /** Long lines the plot-area stage saw (frame, spines, grid), faint. */
        RULE_LINES,
        /** The detected plot area. */
        PLOT_AREA,
        /** Each tick label with its OCR text and value: accepted green, rejected red with the reason. */
        TICKS,
        /** Each used label's distance from the fitted mapping, magnified, in pixels. */
        RESIDUALS,
        /** Legend entries inside the plot and the legend entries that named a series. */
        LEGEND,
        /** Each reported series redrawn in a contrasting outline with its name and confidence. */
        SERIES,
        /** Traces dropped as another line's fringe, dotted. */
        DROPPED_TRACES,
        /** A box with the chart's confidence, per-axis evidence, warnings or the failure. */
        SUMMARY
    }

    public OverlayOptions {
        if (!(dimming >= 0 && dimming <= 1)) {
            throw new IllegalArgumentException("dimming must be in [0, 1]: " + dimming);
        }
        if (textPx < 0) {
            throw new IllegalArgumentException("textPx must be >= 0: " + textPx);
        }
        if (scale < 0) {
            throw new IllegalArgumentException("scale must be >= 0: " + scale);
        }
        layers = Set.copyOf(layers);
    }

    public OverlayOptions withDimming(double d) {
        return new OverlayOptions(d, scale, textPx, layers);
    }

    public OverlayOptions withScale(int s) {
        return new OverlayOptions(dimming, s, textPx, layers);
    }

    public OverlayOptions withTextPx(int px) {
        return new OverlayOptions(dimming, scale, px, layers);
    }

    public OverlayOptions withLayers(Set<Layer> l) {
        return new OverlayOptions(dimming, scale, textPx, l);
    }

    /** The scale used for an image {@code width} pixels wide. */
    public int scaleFor(int width) {
        if (scale > 0) {
            return scale;
        }
        int k = 1;
        while (k < MAX_AUTO_SCALE && (long) k * width < AUTO_MIN_WIDTH) {
            k++;
        }
        return k;
    }

    /** The text height used on an overlay {@code height} pixels tall. */
    public int textPxFor(int height) {
        return textPx > 0 ? textPx : autoTextPx(height);
    }

    static int autoTextPx(int height) {
        return (int) Math.max(MIN_AUTO_TEXT_PX, Math.min(MAX_AUTO_TEXT_PX, Math.round(height * AUTO_TEXT_SHARE)));
    }
}
