package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.text.Glyph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickLabelLocatorTest {
    private final TickLabelLocator locator = new TickLabelLocator(TickConfig.DEFAULTS);

    /** Digits 5 px tall, 3-5 px wide, starting at row {@code top}, one label every 28 px. */
    private static List<Glyph> xLabelRow(int top, int count) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int x = 50 + 28 * i;
            out.add(new Glyph(new PixelBox(x, top, x + 4, top + 5), 14));
            out.add(new Glyph(new PixelBox(x + 5, top, x + 9, top + 5), 14));
        }
        return out;
    }

    @Test
    void takesXLabelsOneBlankRowUnderAFramelessPanel() {
        // A grey panel without a frame ends on a whole pixel (252.0); row 252 is blank and the
        // labels start at row 253 (p0098 shrunk to 0.7). A speck of the axis title below.
        PlotArea pa = new PlotArea(26.4, 19.0, 441.0, 252.0, PlotArea.FrameKind.PANEL);
        List<Glyph> glyphs = new ArrayList<>(xLabelRow(253, 9));
        glyphs.add(new Glyph(new PixelBox(238, 263, 240, 264), 2));
        glyphs.add(new Glyph(new PixelBox(216, 264, 245, 271), 118));
        ChartText text = locator.locate(glyphs, pa, 448, 280);
        assertEquals(9, text.xLabels().size(), text.xLabels()::toString);
        assertEquals(253, text.xLabels().get(0).box().top());
    }

    private static Glyph g(int left, int top, int right, int bottom, int pixels) {
        return new Glyph(new PixelBox(left, top, right, bottom), pixels);
    }

    @Test
    void leavesBlurredTicksOutOfTheYLabelColumn() {
        // The glyphs left of p0009's plot shrunk to 0.7 (y labels 6×10^0, 4×10^0, 3×10^0,
        // 2×10^0, 10^0; the rotated title at x 15-29). The tick marks blur into 2 x 2 specks
        // at the axis: two beside labels ended those labels' lines and made a "column" of
        // their own, nearer the axis than the labels.
        PlotArea pa = new PlotArea(99.6, 16.6, 539.4, 357.4, PlotArea.FrameKind.PANEL);
        List<Glyph> glyphs = List.of(g(40, 19, 48, 31, 55), g(67, 19, 74, 31, 38), g(76, 19, 84, 31, 53),
                g(85, 18, 91, 25, 26), g(53, 22, 61, 30, 37), g(97, 24, 99, 26, 3), g(97, 54, 99, 55, 2),
                g(85, 82, 91, 90, 28), g(40, 84, 48, 95, 45), g(67, 84, 74, 95, 33), g(76, 84, 84, 95, 50),
                g(53, 86, 61, 95, 36), g(97, 89, 99, 91, 4), g(85, 129, 91, 136, 26), g(40, 130, 48, 142, 46),
                g(67, 130, 74, 142, 38), g(76, 130, 84, 142, 53), g(53, 132, 61, 141, 35), g(97, 135, 99, 136, 2),
                g(19, 151, 29, 159, 46), g(19, 160, 29, 168, 47), g(19, 170, 29, 179, 53), g(15, 181, 29, 183, 28),
                g(16, 190, 29, 197, 46), g(85, 193, 91, 200, 26), g(40, 194, 47, 206, 41), g(67, 194, 74, 206, 38),
                g(76, 194, 84, 206, 53), g(53, 197, 61, 205, 37), g(19, 198, 29, 205, 47), g(97, 200, 99, 201, 2),
                g(19, 207, 29, 216, 57), g(16, 214, 29, 225, 54), g(65, 305, 72, 317, 37), g(73, 305, 81, 317, 53),
                g(82, 304, 88, 311, 25), g(94, 310, 99, 312, 9), g(97, 327, 99, 329, 4), g(97, 345, 99, 347, 3));
        ChartText text = locator.locate(glyphs, pa, 560, 420);
        assertEquals(5, text.yLabels().size(), text.yLabels()::toString);
        assertEquals(List.of(91, 91, 91, 91, 88), text.yLabels().stream().map(l -> l.box().right()).toList());
    }

    @Test
    void takesXLabelsSetOneBlankRowBelowTheAxis() {
        // A downscaled chart without tick marks: the axis line is row 213 (centre 213.5), row
        // 214 is blank and the labels start at row 215; the axis title lies below them.
        PlotArea pa = new PlotArea(40.5, 29.5, 288.5, 213.5, PlotArea.FrameKind.LINES);
        List<Glyph> glyphs = new ArrayList<>(xLabelRow(215, 8));
        glyphs.add(new Glyph(new PixelBox(144, 222, 184, 228), 120));
        ChartText text = locator.locate(glyphs, pa, 320, 240);
        assertEquals(8, text.xLabels().size());
        assertEquals(215, text.xLabels().get(0).box().top());
        assertEquals(222, text.xTitle().get(0).box().top());
    }

    @Test
    void keepsTheLettersOfTheRotatedTitleOutOfTheYLabels() {
        // The glyphs left of p0044's plot shrunk to 0.7: y labels 0.9, 0.8, 0.7, 0.6 at x 20-34,
        // and the rotated title "Validation accuracy" letter by letter at x 5-16, 4 px off.
        // One letter level with "0.8" was read as part of it ("=0.8"), and two beside "0.7"
        // cut its "0." away.
        PlotArea pa = new PlotArea(39.5, 25.06, 442.14, 246.73, PlotArea.FrameKind.LINES);
        List<Glyph> glyphs = List.of(g(20, 36, 25, 43, 20), g(29, 36, 34, 43, 22), g(26, 41, 27, 43, 2),
                g(7, 79, 16, 85, 26), g(7, 86, 14, 91, 17), g(7, 93, 14, 99, 30), g(7, 99, 14, 103, 15),
                g(7, 105, 14, 111, 25), g(20, 104, 25, 111, 20), g(29, 104, 34, 111, 24), g(26, 109, 27, 111, 2),
                g(7, 112, 14, 117, 17), g(7, 118, 14, 124, 19), g(7, 125, 14, 131, 29), g(7, 136, 14, 142, 24),
                g(7, 143, 14, 149, 25), g(5, 150, 7, 152, 4), g(8, 150, 14, 152, 12), g(6, 153, 14, 157, 21),
                g(7, 158, 14, 164, 32), g(5, 165, 14, 171, 31), g(5, 173, 14, 174, 9), g(20, 172, 25, 179, 19),
                g(29, 172, 34, 178, 12), g(5, 176, 14, 178, 17), g(26, 177, 27, 179, 2), g(7, 179, 14, 185, 32),
                g(5, 185, 14, 192, 30), g(20, 240, 25, 247, 18), g(29, 240, 34, 247, 20));
        ChartText text = locator.locate(glyphs, pa, 448, 280);
        assertEquals(List.of(20, 20, 20, 20), text.yLabels().stream().map(l -> l.box().left()).toList(),
                text.yLabels()::toString);
        assertEquals(List.of(3, 3, 3, 2), text.yLabels().stream().map(l -> l.glyphs().size()).toList());
        assertEquals(19, text.yTitle().size());
    }

    @Test
    void leavesThickTicksAtAPanelEdgeOutOfTheirLabels() {
        // ggplot2 redrawn on theme_dark's grey50 panel (p0015): the panel's edge is found at
        // 139.9, so the 2 px ticks (4 px tall with their rims, columns 130-138) fall outside
        // it, 8 px right of their labels 1000, 100 and 10. They joined the labels ("100^-").
        PlotArea pa = new PlotArea(139.87, 69.9, 1263.9, 624.9, PlotArea.FrameKind.PANEL);
        List<Glyph> glyphs = new ArrayList<>();
        int[] rows = {85, 338, 591};
        int[] digits = {4, 3, 2};
        for (int k = 0; k < rows.length; k++) {
            int top = rows[k];
            for (int d = 0; d < digits[k]; d++) {
                int right = 122 - 13 * (digits[k] - 1 - d);
                glyphs.add(g(right - 11, top, right, top + 19, d == 0 ? 60 : 111));
            }
            glyphs.add(g(130, top + 7, 139, top + 11, 36));
        }
        ChartText text = locator.locate(glyphs, pa, 1280, 720);
        assertEquals(3, text.yLabels().size(), text.yLabels()::toString);
        for (var label : text.yLabels()) {
            assertEquals(122, label.box().right(), label::toString);
        }
    }
}
