package io.github.chartdigitizer.tracing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bridging a dash gap through the vertex hidden in it; faint runs left out of a line. */
class CurveTracerTest {
    /** y = |x - 10| * 2 + 5 seen outside columns 6..13: the vertex (10, 5) falls in the gap. */
    private static double[] vee() {
        double[] pick = new double[21];
        for (int x = 0; x < pick.length; x++) {
            pick[x] = x > 5 && x < 14 ? Double.NaN : Math.abs(x - 10) * 2 + 5;
        }
        return pick;
    }

    @Test
    void theTwoSidesMeetAtTheHiddenVertex() {
        assertArrayEquals(new double[] {10, 5}, CurveTracer.corner(vee(), 5, 14), 1e-9);
    }

    @Test
    void aStraightLineHasNoCorner() {
        double[] pick = new double[21];
        for (int x = 0; x < pick.length; x++) {
            pick[x] = x > 5 && x < 14 ? Double.NaN : 0.5 * x + 3;
        }
        assertNull(CurveTracer.corner(pick, 5, 14));
    }

    @Test
    void aSideTooShortToGiveADirectionHasNoCorner() {
        double[] pick = vee();
        Arrays.fill(pick, 0, 3, Double.NaN);   // columns 3, 4, 5 seen: three points
        assertNull(CurveTracer.corner(pick, 5, 14));
    }

    @Test
    void aFaintRunIsNoPartOfTheLine() {
        // Columns holding the line (weight 2.5), one where a pale rim of another line is all
        // there is (0.3), one with both.
        java.util.List<java.util.List<CurveTracer.Run>> cols = java.util.List.of(
                java.util.List.of(new CurveTracer.Run(10, 2.5)), java.util.List.of(new CurveTracer.Run(11, 2.4)),
                java.util.List.of(new CurveTracer.Run(40, 0.3)),
                java.util.List.of(new CurveTracer.Run(12, 2.6), new CurveTracer.Run(41, 0.3)));
        var kept = CurveTracer.dropFaint(cols);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), kept.get(2));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(new CurveTracer.Run(12, 2.6)), kept.get(3));
        org.junit.jupiter.api.Assertions.assertEquals(cols.get(0), kept.get(0));
    }
}
