package io.github.chartdigitizer.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chartdigitizer.model.LineStyle;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StyleGuessTest {
    private static final int N = 400;

    /** A line 2 px thick, seen in runs of {@code on} columns separated by gaps of {@code off}. */
    private static LineStyle pattern(int on, int off) {
        boolean[] seen = new boolean[N];
        double[] width = new double[N];
        for (int i = 0; i < N; i++) {
            seen[i] = i % (on + off) < on;
            width[i] = seen[i] ? 2 : Double.NaN;
        }
        return StyleGuess.of(seen, width);
    }

    @Test
    void anUnbrokenLineIsSolid() {
        assertEquals(LineStyle.SOLID, pattern(N, 0));
    }

    @Test
    void regularLongRunsAreDashes() {
        assertEquals(LineStyle.DASHED, pattern(12, 5));
    }

    @Test
    void regularRunsAsLongAsTheLineIsThickAreDots() {
        assertEquals(LineStyle.DOTTED, pattern(2, 3));
    }

    @Test
    void aFewGapsOfAllLengthsAreCrossingsOnASolidLine() {
        boolean[] seen = new boolean[N];
        Arrays.fill(seen, true);
        double[] width = new double[N];
        Arrays.fill(width, 2);
        int[][] gaps = {{40, 3}, {90, 12}, {150, 1}, {230, 25}, {300, 6}, {350, 2}, {380, 9}};
        for (int[] g : gaps) {
            for (int i = g[0]; i < g[0] + g[1]; i++) {
                seen[i] = false;
                width[i] = Double.NaN;
            }
        }
        assertEquals(LineStyle.SOLID, StyleGuess.of(seen, width));
    }

    @Test
    void repeatedThickBumpsAreMarkers() {
        boolean[] seen = new boolean[N];
        Arrays.fill(seen, true);
        double[] width = new double[N];
        for (int i = 0; i < N; i++) {
            width[i] = i % 40 < 6 ? 7 : 2;
        }
        assertEquals(LineStyle.MARKERS, StyleGuess.of(seen, width));
    }
}
