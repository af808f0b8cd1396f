package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.text.Glyph;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TesseractLabelReaderTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int GREY = 0x4D4D4D;

    /** A 20 x 7 white image with the given columns inked: {x, top row, bottom row inclusive}. */
    private static RasterImage columns(int[]... cols) {
        int w = 20, h = 7;
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, WHITE);
        for (int[] c : cols) {
            for (int y = c[1]; y <= c[2]; y++) {
                rgb[y * w + c[0]] = GREY;
            }
        }
        return new RasterImage(w, h, rgb);
    }

    private static final List<Glyph> LABEL = List.of(new Glyph(new PixelBox(1, 1, 16, 7), 40));

    @Test
    void putsBackAMinusBetweenGlyphsThatOcrDropped() {
        // "1e-02" in 6 px: glyphs, a blank column, a two-column bar at mid-height, glyphs.
        RasterImage img = columns(new int[] {1, 1, 6}, new int[] {2, 1, 6},
                new int[] {4, 2, 6}, new int[] {5, 2, 6}, new int[] {6, 2, 6},
                new int[] {8, 4, 4}, new int[] {9, 4, 4},
                new int[] {10, 1, 6}, new int[] {11, 1, 6}, new int[] {12, 1, 6},
                new int[] {13, 1, 6}, new int[] {14, 1, 6}, new int[] {15, 1, 6});
        String read = TesseractLabelReader.withInnerMinus("1042", LABEL, img, WHITE);
        assertTrue(read.contains("-"), read);
        assertTrue(LabelParser.parse(read).isEmpty(), read);
    }

    @Test
    void leavesAFoursCrossbarAlone() {
        // "40": the 4's crossbar runs on from its stem with no blank column between.
        RasterImage img = columns(new int[] {1, 1, 5}, new int[] {2, 1, 6}, new int[] {3, 4, 4}, new int[] {4, 4, 4},
                new int[] {6, 1, 6}, new int[] {7, 1, 6}, new int[] {8, 1, 6});
        assertEquals("40", TesseractLabelReader.withInnerMinus("40", LABEL, img, WHITE));
    }

    @Test
    void leavesAReadingWithItsSignAlone() {
        RasterImage img = columns(new int[] {1, 1, 6}, new int[] {4, 2, 6}, new int[] {8, 4, 4}, new int[] {9, 4, 4},
                new int[] {10, 1, 6}, new int[] {13, 1, 6});
        assertEquals("1e-02", TesseractLabelReader.withInnerMinus("1e-02", LABEL, img, WHITE));
    }
}
