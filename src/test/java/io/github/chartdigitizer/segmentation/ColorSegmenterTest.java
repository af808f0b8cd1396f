package io.github.chartdigitizer.segmentation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.PixelBox;
import org.junit.jupiter.api.Test;

class ColorSegmenterTest {
    private static final int W = 100, H = 60;

    private static void line(boolean[] m, int x0, int y0, int x1, int y1) {
        int n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
        for (int i = 0; i <= n; i++) {
            int x = x0 + Math.round((float) (x1 - x0) * i / n), y = y0 + Math.round((float) (y1 - y0) * i / n);
            m[y * W + x] = true;
        }
    }

    @Test
    void aRectangleOutlineIsABox() {
        boolean[] m = new boolean[W * H];
        line(m, 10, 10, 80, 10);
        line(m, 80, 10, 80, 50);
        line(m, 80, 50, 10, 50);
        line(m, 10, 50, 10, 10);
        assertTrue(ColorSegmenter.outlinesBox(m, W, new PixelBox(10, 10, 81, 51)));
    }

    @Test
    void curvesAlongTwoOrThreeSidesAreNoBox() {
        // A loss curve that drops and then runs flat covers its box's left and bottom sides.
        boolean[] l = new boolean[W * H];
        line(l, 10, 10, 12, 48);
        line(l, 12, 48, 80, 50);
        assertFalse(ColorSegmenter.outlinesBox(l, W, new PixelBox(10, 10, 81, 51)));
        // A step up, across and down covers three.
        boolean[] u = new boolean[W * H];
        line(u, 10, 50, 10, 10);
        line(u, 10, 10, 80, 10);
        line(u, 80, 10, 80, 50);
        assertFalse(ColorSegmenter.outlinesBox(u, W, new PixelBox(10, 10, 81, 51)));
        boolean[] d = new boolean[W * H];
        line(d, 10, 10, 80, 50);
        assertFalse(ColorSegmenter.outlinesBox(d, W, new PixelBox(10, 10, 81, 51)));
    }
}
