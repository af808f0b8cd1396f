package io.github.chartdigitizer.model;

/**
 * The data rectangle of a chart in continuous image coordinates (see package docs): the
 * x axis minimum maps to {@code left}, its maximum to {@code right}; the y axis maximum maps
 * to {@code top}, its minimum to {@code bottom}.
 *
 * @param frame how the rectangle was found, for diagnostics
 */
public record PlotArea(double left, double top, double right, double bottom, FrameKind frame) {
    public PlotArea {
        if (!(right > left) || !(bottom > top)) {
            throw new IllegalArgumentException("degenerate plot area: " + left + "," + top + "," + right + "," + bottom);
        }
    }

    /** What outlined the plot area in the image. */
    public enum FrameKind {
        /** Lines drawn on the edges (a box, or spines on some sides). */
        LINES,
        /** A filled panel differing from the page background (ggplot2 grey). */
        PANEL,
        /** Only the extent of grid lines. */
        GRID
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    /** Whole pixels strictly inside the edges, shrunk by {@code inset} pixels on each side. */
    public PixelBox interior(int inset) {
        int l = (int) Math.ceil(left) + inset;
        int t = (int) Math.ceil(top) + inset;
        int r = (int) Math.floor(right) - inset;
        int b = (int) Math.floor(bottom) - inset;
        return new PixelBox(l, t, Math.max(l, r), Math.max(t, b));
    }
}
