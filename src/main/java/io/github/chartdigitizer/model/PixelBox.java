package io.github.chartdigitizer.model;

/**
 * An axis-aligned box of whole pixels: columns [left, right) and rows [top, bottom).
 */
public record PixelBox(int left, int top, int right, int bottom) {
    public PixelBox {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("empty box: " + left + "," + top + "," + right + "," + bottom);
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public double centerX() {
        return (left + right) / 2.0;
    }

    public double centerY() {
        return (top + bottom) / 2.0;
    }

    public int area() {
        return width() * height();
    }

    /** The smallest box holding both. */
    public PixelBox union(PixelBox o) {
        return new PixelBox(Math.min(left, o.left), Math.min(top, o.top),
                Math.max(right, o.right), Math.max(bottom, o.bottom));
    }

    /** Rows shared with another box (0 when apart). */
    public int verticalOverlap(PixelBox o) {
        return Math.max(0, Math.min(bottom, o.bottom) - Math.max(top, o.top));
    }

    /** Columns shared with another box (0 when apart). */
    public int horizontalOverlap(PixelBox o) {
        return Math.max(0, Math.min(right, o.right) - Math.max(left, o.left));
    }

    /** Whether the boxes share at least one pixel. */
    public boolean intersects(PixelBox o) {
        return horizontalOverlap(o) > 0 && verticalOverlap(o) > 0;
    }

    public boolean contains(double x, double y) {
        return x >= left && x < right && y >= top && y < bottom;
    }
}
