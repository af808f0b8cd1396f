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
}
