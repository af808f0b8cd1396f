package io.github.chartdigitizer.tracing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class OcclusionTest {
    /** A trace seen at every column of [from, to), with y as given. */
    private static PixelTrace trace(int color, int from, int to, IntToDoubleFunction y) {
        int n = to - from;
        double[] xs = new double[n], ys = new double[n];
        boolean[] obs = new boolean[n];
        for (int k = 0; k < n; k++) {
            xs[k] = from + k + 0.5;
            ys[k] = y.applyAsDouble(from + k);
            obs[k] = true;
        }
        return new PixelTrace(color, xs, ys, obs, n / 400.0);
    }

    /** Two training curves falling together; the lower one meets the upper at x = 300. */
    private static double upper(int x) {
        return 100 + x / 4.0;
    }

    private static double lower(int x) {
        return upper(x) + Math.max(0, (300 - x) / 10.0);
    }

    @Test
    void aLineThatEndsOnTopOfAnotherGoesOnUnderIt() {
        // p0084: AdamW disappears under Sophia for the last part of the plot.
        PixelTrace top = trace(0x9467bd, 0, 400, OcclusionTest::upper);
        PixelTrace hidden = trace(0x2ca02c, 0, 301, OcclusionTest::lower);
        PixelTrace out = Occlusion.bridge(List.of(top, hidden)).get(1);
        assertEquals(400, out.xs().length);
        assertEquals(399.5, out.xs()[399], 1e-9);
        for (int x = 301; x < 400; x++) {
            assertEquals(upper(x), out.ys()[x], 1e-9, "under the top line at x " + x);
            assertFalse(out.observed()[x], "not seen at x " + x);
        }
        assertTrue(out.observed()[300]);
        assertSame(top, Occlusion.bridge(List.of(top, hidden)).get(0));
    }

    @Test
    void aLineThatEndsApartFromTheOthersStopsThere() {
        PixelTrace top = trace(0x9467bd, 0, 400, OcclusionTest::upper);
        PixelTrace shortLine = trace(0x2ca02c, 0, 300, x -> upper(x) + 40);
        assertSame(shortLine, Occlusion.bridge(List.of(top, shortLine)).get(1));
    }

    @Test
    void aLineThatStartsFromUnderAnotherIsTracedBackAlongIt() {
        PixelTrace top = trace(0x9467bd, 0, 400, OcclusionTest::upper);
        PixelTrace late = trace(0x2ca02c, 50, 400, x -> upper(x) + Math.max(0, (x - 50) / 10.0));
        PixelTrace out = Occlusion.bridge(List.of(top, late)).get(1);
        assertEquals(400, out.xs().length);
        assertEquals(0.5, out.xs()[0], 1e-9);
        assertArrayEquals(new double[] {upper(0), upper(49)}, new double[] {out.ys()[0], out.ys()[49]}, 1e-9);
        assertFalse(out.observed()[0]);
        assertTrue(out.observed()[50]);
    }

    @Test
    void aGapUnderAnotherLineIsBridgedAlongIt() {
        PixelTrace top = trace(0x9467bd, 0, 400, OcclusionTest::upper);
        PixelTrace left = trace(0x2ca02c, 0, 150, x -> upper(x) + 3);
        PixelTrace right = trace(0x2ca02c, 250, 400, x -> upper(x) + 3);
        double[] xs = new double[300], ys = new double[300];
        boolean[] obs = new boolean[300];
        for (int k = 0; k < 150; k++) {
            xs[k] = left.xs()[k];
            ys[k] = left.ys()[k];
            xs[150 + k] = right.xs()[k];
            ys[150 + k] = right.ys()[k];
            obs[k] = obs[150 + k] = true;
        }
        PixelTrace gapped = new PixelTrace(0x2ca02c, xs, ys, obs, 0.75);
        PixelTrace out = Occlusion.bridge(List.of(top, gapped)).get(1);
        assertEquals(400, out.xs().length);
        assertEquals(upper(200), out.ys()[200], 1e-9);
        assertFalse(out.observed()[200]);
    }
}
