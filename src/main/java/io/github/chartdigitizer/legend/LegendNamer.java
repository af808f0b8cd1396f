package io.github.chartdigitizer.legend;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.InkComponents;
import io.github.chartdigitizer.text.TextGroup;
import io.github.chartdigitizer.text.TextLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names series from their legend. A legend entry is a piece of text with a swatch of the
 * series' colour right beside it: to its left (matplotlib, ggplot2) or its right (gnuplot's
 * default key). Every text piece not already a tick label or title, inside the plot area or
 * around it, is a candidate; the swatch region is up to {@link #SWATCH_REACH} text heights
 * beside the text, over the text's rows. Each series takes the candidate whose swatch holds
 * most pixels of its colour, and no candidate names two series.
 */
public final class LegendNamer {
    /** How far beside the text a swatch may be, in text heights (gnuplot's sample is 4 characters plus padding). */
    static final double SWATCH_REACH = 6.0;
    /** Fewest pixels of a series' colour, in text heights, for a swatch. */
    static final double MIN_SWATCH = 1.0;
    /** RGB distance within which a pixel has a series' colour. */
    static final int COLOR_MATCH = 80;
    /** Glyphs further apart than this many text heights are different entries. */
    static final double ENTRY_GAP = 1.5;

    /** A candidate entry and its swatch evidence per series colour, left and right of the text. */
    public record Entry(List<Glyph> text, PixelBox box, Map<Integer, Integer> left, Map<Integer, Integer> right) {
        Map<Integer, Integer> side(boolean useLeft) {
            return useLeft ? left : right;
        }
    }

    /**
     * @param used   glyphs that are tick labels, titles or offsets
     * @param colors the series colours, packed 0xRRGGBB
     * @return colour to the glyphs of its legend entry
     */
    public Map<Integer, List<Glyph>> match(RasterImage img, int pageColor, List<Glyph> glyphs, Set<Glyph> used,
                                           PlotArea pa, int textHeight, List<Integer> colors) {
        if (textHeight <= 0 || colors.isEmpty()) {
            return Map.of();
        }
        List<Glyph> free = glyphs.stream().filter(g -> !used.contains(g))
                .filter(g -> g.box().height() <= 2 * textHeight && g.box().width() <= 4 * textHeight)
                .filter(g -> InkComponents.inkChroma(img, g.box(), pageColor) <= InkComponents.MAX_TEXT_CHROMA)
                .filter(g -> !swatchLike(img, g, textHeight)).toList();
        List<Entry> entries = new ArrayList<>();
        for (TextGroup line : TextLayout.lines(free)) {
            for (TextGroup whole : TextLayout.splitByGaps(line, ENTRY_GAP * textHeight)) {
                TextGroup piece = trimFrameSides(whole, textHeight);
                PixelBox b = piece.box();
                // A legend frame's side or a tick mark is a glyph too, but no name is that thin.
                if (b.height() < 0.5 * textHeight || b.height() > 2 * textHeight || b.width() < MIN_ENTRY_WIDTH * textHeight) {
                    continue;
                }
                entries.add(new Entry(piece.glyphs(), b, swatches(img, b, textHeight, colors, true),
                        swatches(img, b, textHeight, colors, false)));
            }
        }
        // All entries of a legend have their swatch on the same side; in a horizontal legend the
        // other side holds the next entry's swatch. The left (matplotlib's and ggplot2's) wins
        // unless the right's one-to-one matching holds clearly more swatch evidence (gnuplot's
        // key has nothing left of its text): a sliver of frame left of a swatch must not win it.
        Map<Integer, Entry> left = assign(entries, true, textHeight);
        Map<Integer, Entry> right = assign(entries, false, textHeight);
        Map<Integer, Entry> chosen = evidence(right, false) > RIGHT_SIDE_MARGIN * evidence(left, true) ? right : left;
        Map<Integer, List<Glyph>> out = new HashMap<>();
        chosen.forEach((color, e) -> out.put(color, e.text()));
        return out;
    }

    /**
     * The piece without the thin strokes at its ends that reach above or below its letters: the
     * sides of a legend box cut by a grid line (which would make the entry too tall to be
     * text), set apart by the box's padding. A final "l" stays: it sits close to its word.
     */
    static TextGroup trimFrameSides(TextGroup piece, int textHeight) {
        List<Glyph> gs = piece.glyphs();
        int top = Integer.MAX_VALUE, bottom = Integer.MIN_VALUE;
        for (Glyph g : gs) {
            if (!thin(g, textHeight)) {
                top = Math.min(top, g.box().top());
                bottom = Math.max(bottom, g.box().bottom());
            }
        }
        if (top > bottom) {
            return piece;
        }
        // Letters reach a text height above the baseline even in a word with no capitals.
        top = Math.min(top, bottom - textHeight);
        double slack = SIDE_SLACK * textHeight;
        int lettersLeft = Integer.MAX_VALUE, lettersRight = Integer.MIN_VALUE;
        for (Glyph g : gs) {
            if (!sticksOut(g, top, bottom, slack, textHeight)) {
                lettersLeft = Math.min(lettersLeft, g.box().left());
                lettersRight = Math.max(lettersRight, g.box().right());
            }
        }
        double gap = SIDE_GAP * textHeight;
        List<Glyph> kept = new ArrayList<>();
        for (Glyph g : gs) {
            boolean side = sticksOut(g, top, bottom, slack, textHeight)
                    && (g.box().left() >= lettersRight + gap || g.box().right() <= lettersLeft - gap);
            if (!side) {
                kept.add(g);
            }
        }
        return kept.size() == gs.size() || kept.isEmpty() ? piece : TextGroup.of(kept);
    }

    private static boolean thin(Glyph g, int textHeight) {
        return g.box().width() < MIN_ENTRY_WIDTH * textHeight;
    }

    private static boolean sticksOut(Glyph g, int top, int bottom, double slack, int textHeight) {
        return thin(g, textHeight) && (g.box().top() < top - slack || g.box().bottom() > bottom + slack);
    }

    /** How far past the letters' rows, in text heights, a thin end stroke may reach and stay. */
    static final double SIDE_SLACK = 0.25;
    /** Least gap, in text heights, between a box side and the letters (wider than letter spacing). */
    static final double SIDE_GAP = 0.3;

    /** Each series to the entry with the most of its colour on that side, one entry per series. */
    private static Map<Integer, Entry> assign(List<Entry> entries, boolean useLeft, int textHeight) {
        Map<Integer, Entry> out = new HashMap<>();
        List<Entry> taken = new ArrayList<>();
        // Strongest evidence first, so a series with a clear swatch is not robbed by a weak one.
        List<int[]> pairs = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (Map.Entry<Integer, Integer> m : entries.get(e).side(useLeft).entrySet()) {
                pairs.add(new int[] {e, m.getKey(), m.getValue()});
            }
        }
        pairs.sort((a, b) -> Integer.compare(b[2], a[2]));
        for (int[] p : pairs) {
            Entry e = entries.get(p[0]);
            if (p[2] < MIN_SWATCH * textHeight || out.containsKey(p[1]) || taken.contains(e)) {
                continue;
            }
            out.put(p[1], e);
            taken.add(e);
        }
        return out;
    }

    /** Swatch pixels behind a matching of series colours to entries. */
    private static long evidence(Map<Integer, Entry> matching, boolean useLeft) {
        long sum = 0;
        for (Map.Entry<Integer, Entry> m : matching.entrySet()) {
            sum += m.getValue().side(useLeft).get(m.getKey());
        }
        return sum;
    }

    /**
     * Whether a glyph is part of a swatch rather than a letter: a flat line segment (a solid
     * swatch of any colour, black included), or a mark whose ink is mostly coloured (a marker
     * with a dark edge). Kept out of the entry text, a swatch stays where {@link #swatches}
     * looks for it and is not read as letters ("AdamwWw").
     */
    static boolean swatchLike(RasterImage img, Glyph g, int textHeight) {
        PixelBox b = g.box();
        if (b.height() <= FLAT_SWATCH * textHeight && b.width() >= 1.2 * textHeight) {
            return true;
        }
        int coloured = 0;
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                if (RasterImage.chroma(img.rgb(x, y)) > InkComponents.MAX_TEXT_CHROMA) {
                    coloured++;
                }
            }
        }
        return coloured >= COLOURED_MARK * g.pixels();
    }

    /** Tallest a flat swatch line is, in text heights (thick lines included). */
    static final double FLAT_SWATCH = 0.3;
    /** Share of a glyph's ink that is coloured for it to be a marker, not a letter. */
    static final double COLOURED_MARK = 0.5;
    /** How many times the left side's evidence the right side needs. */
    static final double RIGHT_SIDE_MARGIN = 1.5;
    /** Narrowest legend entry text, in text heights ("1" is about 0.45). */
    static final double MIN_ENTRY_WIDTH = 0.35;

    /**
     * Pixels of each series colour on one side of the text, counted only in horizontal
     * runs at least {@link #MIN_RUN} text heights long that end before the region's far side: a
     * swatch is a short line segment, while the neighbouring entry's letters (black text next to
     * a black series) are not, and a curve passing by is not short.
     */
    private static Map<Integer, Integer> swatches(RasterImage img, PixelBox text, int h, List<Integer> colors,
                                                  boolean left) {
        Map<Integer, Integer> counts = new HashMap<>();
        int reach = (int) Math.round(SWATCH_REACH * h);
        int minRun = (int) Math.max(3, Math.round(MIN_RUN * h));
        int y0 = Math.max(0, text.top()), y1 = Math.min(img.height(), text.bottom());
        int r0 = left ? Math.max(0, text.left() - reach) : text.right();
        int r1 = left ? text.left() : Math.min(img.width(), text.right() + reach);
        for (int col : colors) {
            // The dots of a dotted swatch are shorter than a run, so a coloured series' pixels
            // chain across short gaps; black and grey ones do not, or letters would chain too.
            int maxGap = RasterImage.chroma(col) > InkComponents.MAX_TEXT_CHROMA ? (int) Math.round(DOT_GAP * h) : 0;
            int n = 0;
            for (int y = y0; y < y1; y++) {
                int start = -1, last = -1, hits = 0;
                for (int x = r0; x <= r1; x++) {
                    boolean hit = x < r1 && RasterImage.channelDistance(img.rgb(x, y), col) <= COLOR_MATCH;
                    if (hit && hits > 0 && x - last - 1 <= maxGap) {
                        last = x;
                        hits++;
                        continue;
                    }
                    if (hits > 0 && (hit || x - last - 1 > maxGap || x == r1)) {
                        // Only chains that stop short of the region's far end: a curve passing
                        // by runs on past it, a swatch ends within reach of its text.
                        boolean contained = left ? start > r0 : last < r1 - 1;
                        if (last - start + 1 >= minRun && contained) {
                            n += hits;
                        }
                        hits = 0;
                    }
                    if (hit) {
                        start = x;
                        last = x;
                        hits = 1;
                    }
                }
            }
            if (n > 0) {
                counts.put(col, n);
            }
        }
        return counts;
    }

    /** Longest gap between the dots of a dotted swatch, in text heights. */
    static final double DOT_GAP = 0.5;
    /** Shortest swatch run, in text heights: 0.4 keeps a dashed swatch's dashes. */
    static final double MIN_RUN = 0.4;
}
