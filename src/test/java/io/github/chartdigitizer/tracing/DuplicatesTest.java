package io.github.chartdigitizer.tracing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /** {@code t} moved down by {@code dy} pixels, in another colour. */
    private static PixelTrace shifted(PixelTrace t, int color, double dy) {
        double[] ys = t.ys().clone();
        for (int i = 0; i < ys.length; i++) {
            ys[i] += dy;
        }
        return new PixelTrace(color, t.xs(), ys, t.observed(), t.coverage());
    }

    @Test
    void aPaleSeriesOfNearlyALinesHueOnItsOwnCourseStays() {
        // Okabe-Ito bluish green and sky blue (21 degrees apart, the sky blue under 0.65 of the
        // green's contrast) running 14 px apart: two series, not a line and its halo.
        PixelTrace green = trace(0x009e73, i -> true, 1.0);
        PixelTrace sky = shifted(green, 0x63baeb, 14);
        assertEquals(List.of(green, sky), Duplicates.drop(List.of(green, sky), WHITE, 267));
    }

    @Test
    void aHaloJumpingBetweenItsLinesSidesGoes() {
        PixelTrace line = trace(0x009e73, i -> true, 1.0);
        PixelTrace halo = shifted(line, 0x63baeb, 0);
        for (int i = 0; i < halo.ys().length; i++) {
            // Beside the line, on one side and then the other, but never on it.
            halo.ys()[i] += (i / 10) % 2 == 0 ? 6 : -6;
        }
        assertEquals(List.of(line), Duplicates.drop(List.of(line, halo), WHITE, 267));
    }

    @Test
    void aThinLinePaledByJpegKeepsItsInkColour() {
        // JPEG paled a thin orange line over most of its length: the pale shade is seen in more
        // columns than the ink. One line, where the shade was traced, in the ink's colour.
        PixelTrace shade = trace(0xcca582, i -> i % 10 != 0, 0.9);
        PixelTrace ink = trace(0xff7c03, i -> i % 2 == 0, 0.5);
        List<PixelTrace> kept = Duplicates.drop(List.of(shade, ink), WHITE, 400);
        assertEquals(1, kept.size());
        assertEquals(0xff7c03, kept.get(0).color());
        assertEquals(shade.coverage(), kept.get(0).coverage());
        assertArrayEquals(shade.observed(), kept.get(0).observed());
    }
}
