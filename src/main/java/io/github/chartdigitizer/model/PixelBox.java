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

    /** The box grown by {@code dx} columns on each side and {@code dy} rows above and below. */
    public PixelBox grow(int dx, int dy) {
        return new PixelBox(left - dx, top - dy, right + dx, bottom + dy);
    }

    /** The part of this box inside {@code outer}; empty (zero width or height) when they are apart. */
    public PixelBox clampedTo(PixelBox outer) {
        int l = Math.max(left, outer.left), t = Math.max(top, outer.top);
        return new PixelBox(l, t, Math.max(l, Math.min(right, outer.right)), Math.max(t, Math.min(bottom, outer.bottom)));
    }

    /** Whether the boxes share at least one pixel. */
    public boolean intersects(PixelBox o) {
        return horizontalOverlap(o) > 0 && verticalOverlap(o) > 0;
    }

    public boolean contains(double x, double y) {
        return x >= left && x < right && y >= top && y < bottom;
    }
}
