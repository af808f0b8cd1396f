package io.github.chartdigitizer.legend;

import io.github.chartdigitizer.image.Background;
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
    /** Fewest letters in a legend line ("L0", "lr"). */
    static final int MIN_GLYPHS = 2;
    /** Least height of a letter, in text heights (an x-height letter is about 0.55). */
    static final double MIN_LETTER = 0.4;
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
                // Letters, not the dashes of a dashed grid line: a row of 3 x 1 dashes and the
                // crosses where vertical grid lines meet it made "words" all along it (p0030,
                // p0111 shrunk). Text has a few flat marks (". , - _") among its letters at most.
                long letters = word.glyphs().stream().filter(g -> g.box().height() >= MIN_LETTER * textHeight).count();
                if (letters < MIN_GLYPHS || 2 * letters < word.glyphs().size() || h > SIZE_RATIO * textHeight
                        || h * SIZE_RATIO < textHeight) {
                    continue;
                }
                int reach = (int) Math.round(SWATCH_REACH * textHeight);
                int pad = textHeight / 2;
                PixelBox b = word.box();
                // Room for the swatch on the side it is drawn, or on both when that is unclear:
                // a data line passing beside the text on the other side stays data.
                boolean left = hasSwatch(img, b, inner, textHeight, true), right = hasSwatch(img, b, inner, textHeight, false);
                int toLeft = right && !left ? pad : reach, toRight = left && !right ? pad : reach;
                PixelBox room = new PixelBox(b.left() - toLeft, b.top() - pad, b.right() + toRight, b.bottom() + pad);
                out.add(new LegendEntry(word.glyphs(), b, room.clampedTo(inner)));
            }
        }
        return out;
    }

    /**
     * Whether a swatch is drawn beside the text on this side, inside the plot: in a row through
     * the text's middle half (a swatch is drawn at mid x-height, above a descender's reach),
     * ink standing out from the background around the text over at least {@link #MIN_SWATCH}
     * text heights within {@link #SWATCH_REACH} of the text, that does not run on beyond it as
     * a grid line or other rule would. A solid or dashed sample is such a stretch; a data line
     * crossing the row is a few columns of it.
     */
    static boolean hasSwatch(RasterImage img, PixelBox text, PixelBox inner, int textHeight, boolean left) {
        int reach = (int) Math.round(SWATCH_REACH * textHeight);
        int bg = Background.ofRegion(img, Math.max(0, text.left() - 1), text.top(), Math.min(img.width(), text.right() + 1),
                text.bottom());
        int quarter = text.height() / 4;
        for (int y = Math.max(inner.top(), text.top() + quarter); y < Math.min(inner.bottom(), text.bottom() - quarter); y++) {
            int near = 0, beyond = 0;
            for (int k = 1; k <= 2 * reach; k++) {
                int x = left ? text.left() - k : text.right() - 1 + k;
                if (x < inner.left() || x >= inner.right()) {
                    break;
                }
                if (RasterImage.channelDistance(img.rgb(x, y), bg) >= SWATCH_CONTRAST) {
                    if (k <= reach) {
                        near++;
                    } else {
                        beyond++;
                    }
                }
            }
            if (near >= MIN_SWATCH * textHeight && beyond < RULE_SHARE * reach) {
                return true;
            }
        }
        return false;
    }

    /** Least length of a swatch, in text heights (matplotlib's handle is about 2.5). */
    static final double MIN_SWATCH = 1.2;
    /** Least channel difference from the background around the text of a swatch's pixels. */
    static final int SWATCH_CONTRAST = 60;
    /** Ink over this share of the stretch beyond a swatch's reach is a rule running on. */
    static final double RULE_SHARE = 0.8;

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
