package io.github.chartdigitizer.text;

import io.github.chartdigitizer.model.PixelBox;
import java.util.Comparator;
import java.util.List;

/** Glyphs that read as one piece of text (a label, a title), left to right. */
public record TextGroup(List<Glyph> glyphs, PixelBox box) {
    public TextGroup {
        glyphs = glyphs.stream().sorted(Comparator.comparingInt(g -> g.box().left())).toList();
    }

    public static TextGroup of(List<Glyph> glyphs) {
        PixelBox b = glyphs.get(0).box();
        for (Glyph g : glyphs) {
            b = b.union(g.box());
        }
        return new TextGroup(glyphs, b);
    }

    /** Median glyph height over several groups (0 when none): a chart's text size. */
    public static int medianGlyphHeight(List<TextGroup> groups) {
        return medianHeight(groups.stream().flatMap(l -> l.glyphs().stream()).toList());
    }

    /** Median height of these glyphs (0 when none). */
    public static int medianHeight(List<Glyph> glyphs) {
        int[] hs = glyphs.stream().mapToInt(g -> g.box().height()).sorted().toArray();
        return hs.length == 0 ? 0 : hs[hs.length / 2];
    }

    /** Median glyph height: the text size. */
    public int typicalHeight() {
        int[] hs = glyphs.stream().mapToInt(g -> g.box().height()).sorted().toArray();
        return hs[hs.length / 2];
    }
}
