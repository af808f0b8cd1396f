package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.TickLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickLabelMatcherTest {
    private static TickLabel at(double pixel, PixelBox box) {
        return new TickLabel(Axis.X, pixel, "", Double.NaN, List.of(), box, true, TickLabel.Status.PENDING);
    }

    private static List<TickLabel> atPixels(double... pixels) {
        List<TickLabel> out = new ArrayList<>();
        for (double p : pixels) {
            out.add(at(p, new PixelBox((int) p - 3, 100, (int) p + 3, 106)));
        }
        return out;
    }

    @Test
    void countsStepsAcrossAMissingLabel() {
        // 28 px apart with a label missing, and a pixel of jitter: steps 0, 1, 3, 4.
        assertArrayEquals(new int[] {0, 1, 3, 4}, TickLabelMatcher.steps(atPixels(50, 78.5, 134, 162.4)));
    }

    @Test
    void joinsTwoPiecesOfOneLabel() {
        // "1750" cut in two, "17" at 270 and "50" at 281, between labels 28 px apart.
        List<TickLabel> labels = new ArrayList<>(atPixels(214, 242));
        labels.add(at(270, new PixelBox(266, 100, 273, 106)));
        labels.add(at(281, new PixelBox(274, 100, 283, 106)));
        labels.add(at(302, new PixelBox(298, 100, 306, 106)));
        List<TickLabel> joined = TickLabelMatcher.joinPieces(labels, Axis.X);
        assertEquals(List.of(214.0, 242.0, 270.0, 302.0), joined.stream().map(TickLabel::pixel).toList());
        assertEquals(new PixelBox(266, 100, 283, 106), joined.get(2).box());
        List<TickLabel> whole = atPixels(50, 78, 106, 134);
        assertEquals(whole, TickLabelMatcher.joinPieces(whole, Axis.X), "whole labels stay");
    }

    @Test
    void refusesLabelsNotEvenlySpaced() {
        // 3, 5 and 10 on a log axis: 0.22 and 0.30 decades apart, no whole number of steps.
        assertNull(TickLabelMatcher.steps(atPixels(100, 122.2, 152.3)));
    }

    @ParameterizedTest
    @CsvSource({
        "25, 0, true, 25",
        "2.5, 1, true, 2.5",
        "5, 1, true, 5.0",   // matplotlib and ggplot2: every label with the step's decimals
        "5, 1, false, 5",    // gnuplot: no trailing zeros
        "0, 2, true, 0.00",
        "0, 2, false, 0",
        "-0.2, 1, true, -0.2",
        "100000, 0, true, 100000"})
    void writesValuesAsLibrariesDo(String value, int decimals, boolean fixed, String text) {
        assertEquals(text, TickLabelMatcher.linear(new BigDecimal(value), decimals, fixed));
    }

    @Test
    void triesEveryWayOfWritingASequence() {
        List<TickLabelMatcher.Hypothesis> hs = TickLabelMatcher.hypotheses(new int[] {0, 1, 2, 3});
        List<List<String>> texts = hs.stream().map(h -> Arrays.asList(h.texts())).toList();
        assertTrue(texts.contains(List.of("0", "25", "50", "75")));
        assertTrue(texts.contains(List.of("\u22120.5", "0.0", "0.5", "1.0")), "matplotlib's minus and decimals");
        assertTrue(texts.contains(List.of("-0.5", "0", "0.5", "1")), "gnuplot's");
        assertTrue(texts.contains(List.of("10^\u22124", "10^\u22122", "10^0", "10^2")), "every second decade");
        assertTrue(texts.contains(List.of("1e-02", "1e-01", "1e+00", "1e+01")), "ggplot2's scientific");
        assertTrue(texts.contains(List.of("0.01", "0.1", "1", "10")), "powers written out");
    }

    @Test
    void matchesNothingWhereThereIsNoInk() {
        int w = 300, h = 40;
        int[] white = new int[w * h];
        Arrays.fill(white, 0xffffff);
        RasterImage blank = new RasterImage(w, h, white);
        List<TickLabel> labels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            labels.add(at(30 + 50 * i, new PixelBox(27 + 50 * i, 10, 33 + 50 * i, 16)));
        }
        assertTrue(new TickLabelMatcher(TickLabelMatcher.MatchConfig.DEFAULTS).match(blank, 0xffffff, Axis.X, labels)
                .labels().isEmpty());
    }

    @Test
    void leavesLabelsLargeEnoughForOcrToOcr() {
        int w = 300, h = 60;
        int[] white = new int[w * h];
        Arrays.fill(white, 0xffffff);
        List<TickLabel> labels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            labels.add(at(30 + 50 * i, new PixelBox(24 + 50 * i, 10, 36 + 50 * i, 24)));
        }
        assertTrue(new TickLabelMatcher(TickLabelMatcher.MatchConfig.DEFAULTS)
                .match(new RasterImage(w, h, white), 0xffffff, Axis.X, labels).labels().isEmpty());
    }

    @Test
    void correlatesShapesNotBrightness() {
        double[] a = {0, 1, 0, 1};
        assertEquals(1.0, TickLabelMatcher.correlation(a, new double[] {0.2, 0.6, 0.2, 0.6}), 1e-12);
        assertEquals(-1.0, TickLabelMatcher.correlation(a, new double[] {1, 0, 1, 0}), 1e-12);
        assertEquals(0.0, TickLabelMatcher.correlation(a, new double[] {0.5, 0.5, 0.5, 0.5}), 1e-12);
    }
}
