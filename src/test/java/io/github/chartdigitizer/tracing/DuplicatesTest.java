package io.github.chartdigitizer.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
    private static final int WHITE = 0xffffff;

    /** A trace along y = 100 + x / 4 over x 0..399, seen where {@code seen} says. */
    private static PixelTrace trace(int color, java.util.function.IntPredicate seen, double coverage) {
        double[] xs = new double[400], ys = new double[400];
        boolean[] obs = new boolean[400];
        for (int i = 0; i < 400; i++) {
            xs[i] = i + 0.5;
            ys[i] = 100 + i / 4.0;
            obs[i] = seen.test(i);
        }
        return new PixelTrace(color, xs, ys, obs, coverage);
    }

    @Test
    void aDashedLineSeenInTwoShadesIsOneLine() {
        // JPEG splits an orange dashed line into its core and a browner shade, seen on
        // different dashes: where one was seen the other was bridged.
        PixelTrace core = trace(0xec7c1c, i -> (i / 20) % 3 != 2, 0.6);
        PixelTrace shade = trace(0xc58143, i -> (i / 20) % 3 == 2, 0.35);
        assertEquals(List.of(core), Duplicates.drop(List.of(core, shade), WHITE, 400));
    }

    @Test
    void twoSeriesOfOneHueOnDifferentPathsStay() {
        PixelTrace a = trace(0xec7c1c, i -> true, 1.0);
        double[] ys = a.ys().clone();
        for (int i = 0; i < ys.length; i++) {
            ys[i] += 60;
        }
        PixelTrace b = new PixelTrace(0xc58143, a.xs(), ys, a.observed(), 1.0);
        assertEquals(List.of(a, b), Duplicates.drop(List.of(a, b), WHITE, 400));
    }
}
