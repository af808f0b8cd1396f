package io.github.chartdigitizer.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.text.Glyph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegendDetectorTest {
    private static final int W = 400, H = 200, WHITE = 0xffffff;
    /** Text 10 px tall from x 150 to 210, rows 50-60; the plot's inside is the whole image but a 2 px rim. */
    private static final PixelBox TEXT = new PixelBox(150, 50, 210, 60);
    private static final PixelBox INNER = new PixelBox(2, 2, W - 2, H - 2);
    private static final int TEXT_HEIGHT = 10;

    private static int[] page() {
        int[] px = new int[W * H];
        Arrays.fill(px, WHITE);
        return px;
    }

    private static void row(int[] px, int y, int x0, int x1, int color) {
        for (int x = x0; x < x1; x++) {
            px[y * W + x] = color;
        }
    }

    /** Whether a swatch is seen left and right of {@link #TEXT} on this page. */
    private static void assertSwatches(int[] px, boolean left, boolean right) {
        RasterImage img = new RasterImage(W, H, px);
        assertEquals(left, LegendDetector.hasSwatch(img, TEXT, INNER, TEXT_HEIGHT, true), "left");
        assertEquals(right, LegendDetector.hasSwatch(img, TEXT, INNER, TEXT_HEIGHT, false), "right");
    }

    @Test
    void findsAMatplotlibHandleLeftOfTheText() {
        int[] px = page();
        // A 2-em handle ending 0.8 em before the text, at mid x-height.
        for (int y = 53; y < 55; y++) {
            row(px, y, 110, 140, 0x1f77b4);
        }
        assertSwatches(px, true, false);
    }

    @Test
    void findsAGnuplotDashedSampleRightOfTheText() {
        int[] px = page();
        for (int x = 215; x < 255; x += 10) {
            row(px, 55, x, x + 6, 0x009e73);
        }
        assertSwatches(px, false, true);
    }

    @Test
    void aDataLineCrossingBesideTheTextOrAGridLineIsNoSwatch() {
        int[] px = page();
        // A data line rising steeply past the text's right end (p0027's peak beside its legend).
        for (int y = 20; y < 90; y++) {
            row(px, y, 240 + (90 - y) / 10, 243 + (90 - y) / 10, 0xe24a33);
        }
        // A grid line through the text's middle, across the whole plot on the left.
        row(px, 55, 2, 145, 0xb0b0b0);
        assertSwatches(px, false, false);
    }

    @Test
    void looksOnlyInsideThePlot() {
        int[] px = page();
        // Left of a legend set against the axis: a tick mark and the label "90" outside the plot.
        PixelBox inner = new PixelBox(140, 2, W - 2, H - 2);
        row(px, 55, 120, 138, 0x000000);
        row(px, 55, 141, 142, 0x000000);
        RasterImage img = new RasterImage(W, H, px);
        assertFalse(LegendDetector.hasSwatch(img, TEXT, inner, TEXT_HEIGHT, true));
    }

    @Test
    void theDashesOfAGridLineAreNoLegendText() {
        // p0030's dashed grid line at 10^-4: 3 x 1 dashes in a row, and 5 x 5 crosses where
        // vertical grid lines meet it. Character-sized glyphs in a row, but hardly letters.
        int[] px = page();
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.add(new Glyph(new PixelBox(72, 158, 77, 163), 7));
        glyphs.add(new Glyph(new PixelBox(95, 158, 100, 163), 7));
        for (int x = 77; x < 95; x += 3) {
            glyphs.add(new Glyph(new PixelBox(x, 160, x + 3, 161), 2));
        }
        for (int x = 101; x < 130; x += 3) {
            glyphs.add(new Glyph(new PixelBox(x, 160, x + 3, 161), 2));
        }
        // A word of two letters elsewhere: a legend entry.
        glyphs.add(new Glyph(new PixelBox(200, 100, 205, 108), 20));
        glyphs.add(new Glyph(new PixelBox(206, 102, 211, 108), 16));
        for (Glyph g : glyphs) {
            for (int y = g.box().top(); y < g.box().bottom(); y++) {
                row(px, y, g.box().left(), g.box().right(), 0x333333);
            }
        }
        PlotArea pa = new PlotArea(20, 20, 380, 180, PlotArea.FrameKind.LINES);
        List<LegendEntry> entries = new LegendDetector().detect(new RasterImage(W, H, px), WHITE, glyphs, pa, 8);
        assertEquals(1, entries.size(), entries::toString);
        assertEquals(new PixelBox(200, 100, 211, 108), entries.get(0).textBox());
    }
}
