package io.github.chartdigitizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InkComponentsTest {
    private static final int W = 120, H = 60;

    /** A white page with a 10x12 black "letter" whose bottom row lies on a 100 px black rule. */
    private static RasterImage letterOnRule() {
        int[] px = new int[W * H];
        Arrays.fill(px, 0xffffff);
        for (int y = 20; y < 32; y++) {
            for (int x = 50; x < 60; x++) {
                px[y * W + x] = 0x000000;
            }
        }
        for (int x = 10; x < 110; x++) {
            px[31 * W + x] = 0x000000;
        }
        return new RasterImage(W, H, px);
    }

    @Test
    void aRuleJoinsTheLetterItTouches() {
        List<Glyph> glyphs = InkComponents.find(letterOnRule(), 0xffffff, InkConfig.DEFAULTS);
        assertEquals(List.of(new PixelBox(10, 20, 110, 32)), glyphs.stream().map(Glyph::box).toList());
    }

    @Test
    void withoutRulesTheLetterStandsAlone() {
        List<Glyph> glyphs = InkComponents.findWithoutRules(letterOnRule(), 0xffffff, InkConfig.DEFAULTS,
                new PixelBox(0, 0, W, H));
        // The row it shared with the rule is gone with the rule.
        assertEquals(List.of(new PixelBox(50, 20, 60, 31)), glyphs.stream().map(Glyph::box).toList());
    }

    @Test
    void onlyInkInsideTheBoxIsFound() {
        List<Glyph> glyphs = InkComponents.findWithoutRules(letterOnRule(), 0xffffff, InkConfig.DEFAULTS,
                new PixelBox(0, 0, 40, H));
        assertTrue(glyphs.isEmpty(), glyphs.toString());
    }
}
