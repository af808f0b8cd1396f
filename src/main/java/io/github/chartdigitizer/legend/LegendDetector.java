package io.github.chartdigitizer.legend;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.InkComponents;
import io.github.chartdigitizer.text.TextGroup;
import io.github.chartdigitizer.text.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds legend entries inside the plot area from their text: lines of at least
 * {@link #MIN_GLYPHS} glyphs of about the size of the tick labels. Curves are long connected
 * blobs and markers are coloured, so dark character-sized glyphs in a row inside the plot are
 * text. Each entry's exclusion box reaches {@link #SWATCH_REACH} text heights to either side,
 * where matplotlib (handle left of the text) and gnuplot (sample right of it) draw the swatch.
 */
public final class LegendDetector {
    /** Fewest glyphs in a legend line ("L0", "lr"). */
    static final int MIN_GLYPHS = 2;
    /** Swatch room beside the text, in text heights: matplotlib's 2 em handle plus padding. */
    static final double SWATCH_REACH = 4.0;
    /** A legend box covers at most this share of the plot area (matplotlib keeps it small). */
    static final double MAX_FRAME_SHARE = 0.25;
    /** Legend glyphs are this close in height to the tick labels (ratio either way). */
    static final double SIZE_RATIO = 1.8;


    public List<LegendEntry> detect(RasterImage img, int pageColor, List<Glyph> glyphs, PlotArea pa, int textHeight) {
        if (textHeight <= 0) {
            return List.of();
        }
        PixelBox inner = pa.interior(2);
        List<Glyph> inside = new ArrayList<>();
        for (Glyph g : glyphs) {
            PixelBox b = g.box();
            boolean within = b.left() >= inner.left() && b.right() <= inner.right() && b.top() >= inner.top()
                    && b.bottom() <= inner.bottom();
            boolean charSized = b.height() <= SIZE_RATIO * textHeight && b.width() <= 2 * SIZE_RATIO * textHeight;
            if (within && charSized && InkComponents.inkChroma(img, b, pageColor) <= InkComponents.MAX_TEXT_CHROMA) {
                inside.add(g);
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        for (TextGroup line : TextLayout.lines(inside)) {
            for (TextGroup word : TextLayout.splitByGaps(line, 2.0 * textHeight)) {
                int h = word.box().height();
                if (word.glyphs().size() < MIN_GLYPHS || h > SIZE_RATIO * textHeight || h * SIZE_RATIO < textHeight) {
                    continue;
                }
                int reach = (int) Math.round(SWATCH_REACH * textHeight);
                int pad = textHeight / 2;
                PixelBox b = word.box();
                out.add(new LegendEntry(word.glyphs(), b, b.grow(reach, pad).clampedTo(inner)));
            }
        }
        return out;
    }

    /** The smallest box holding every entry's exclusion (text and swatch room); entries not empty. */
    public static PixelBox around(List<LegendEntry> entries) {
        PixelBox u = entries.get(0).exclusion();
        for (LegendEntry e : entries) {
            u = u.union(e.exclusion());
        }
        return u;
    }

    /**
     * The region a legend's entries span, grown by a text height for its frame and padding
     * (matplotlib's classic style draws a black frame that would otherwise read as a curve).
     */
    public static java.util.Optional<PixelBox> frame(List<LegendEntry> entries, PlotArea pa, int textHeight) {
        if (entries.isEmpty()) {
            return java.util.Optional.empty();
        }
        PixelBox u = around(entries);
        int minLeft = entries.stream().mapToInt(e -> e.textBox().left()).min().orElseThrow();
        int maxLeft = entries.stream().mapToInt(e -> e.textBox().left()).max().orElseThrow();
        if (maxLeft - minLeft > textHeight) {
            return java.util.Optional.empty(); // not one column of entries: not a legend box
        }
        PixelBox inner = pa.interior(2);
        PixelBox box = u.grow(textHeight, textHeight).clampedTo(inner);
        return box.area() <= MAX_FRAME_SHARE * inner.area() ? java.util.Optional.of(box) : java.util.Optional.empty();
    }


}
