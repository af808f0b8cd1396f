package io.github.chartdigitizer.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.TextGroup;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegendNamerTest {
    private static final int H = 16;

    private static Glyph g(int left, int top, int right, int bottom) {
        return new Glyph(new PixelBox(left, top, right, bottom), (right - left) * (bottom - top) / 2);
    }

    @Test
    void boxSidesCutByAGridLineAreTrimmed() {
        // "Pos" then the legend box's right side, in two pieces reaching above and below.
        List<Glyph> letters = List.of(g(100, 105, 110, 121), g(111, 109, 121, 121), g(122, 109, 131, 121));
        Glyph upper = g(140, 98, 143, 111), lower = g(140, 113, 143, 132);
        List<Glyph> all = new java.util.ArrayList<>(letters);
        all.add(upper);
        all.add(lower);
        TextGroup trimmed = LegendNamer.trimFrameSides(TextGroup.of(all), H);
        assertEquals(TextGroup.of(letters).box(), trimmed.box());
    }

    @Test
    void aFinalLetterLIsKept() {
        // "eva" at x-height and a thin "l" rising to the ascender, 4 px after the "a".
        List<Glyph> eval = List.of(g(183, 504, 195, 516), g(195, 504, 207, 516), g(209, 504, 219, 516),
                g(223, 500, 225, 516));
        assertEquals(4, LegendNamer.trimFrameSides(TextGroup.of(eval), 13).glyphs().size());
    }

    @Test
    void flatAndColouredGlyphsAreSwatchesNotLetters() {
        int w = 60, h = 30;
        int[] px = new int[w * h];
        Arrays.fill(px, 0xffffff);
        // A green marker with a black rim, and a black letter-sized block.
        for (int y = 5; y < 15; y++) {
            for (int x = 5; x < 15; x++) {
                boolean rim = y == 5 || y == 14 || x == 5 || x == 14;
                px[y * w + x] = rim ? 0x000000 : 0x008000;
            }
            for (int x = 30; x < 38; x++) {
                px[y * w + x] = 0x202020;
            }
        }
        RasterImage img = new RasterImage(w, h, px);
        assertTrue(LegendNamer.swatchLike(img, new Glyph(new PixelBox(5, 5, 15, 15), 100), 12));
        assertFalse(LegendNamer.swatchLike(img, new Glyph(new PixelBox(30, 5, 38, 15), 80), 12));
        // A one-pixel line two text heights long, whatever its colour.
        assertTrue(LegendNamer.swatchLike(img, new Glyph(new PixelBox(20, 20, 44, 21), 24), 12));
    }
}
