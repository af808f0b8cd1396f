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
    public Map<Integer, List<Glyph>> match(RasterImage img, List<Glyph> glyphs, Set<Glyph> used, PlotArea pa,
                                           int textHeight, List<Integer> colors) {
        if (textHeight <= 0 || colors.isEmpty()) {
            return Map.of();
        }
        List<Glyph> free = glyphs.stream().filter(g -> !used.contains(g))
                .filter(g -> g.box().height() <= 2 * textHeight && g.box().width() <= 4 * textHeight)
                .filter(g -> InkComponents.darkestChroma(img, g.box()) <= InkComponents.MAX_TEXT_CHROMA).toList();
        List<Entry> entries = new ArrayList<>();
        for (TextGroup line : TextLayout.lines(free)) {
            for (TextGroup piece : TextLayout.splitByGaps(line, ENTRY_GAP * textHeight)) {
                if (piece.box().height() < 0.5 * textHeight || piece.box().height() > 2 * textHeight) {
                    continue;
                }
                entries.add(new Entry(piece.glyphs(), piece.box(), swatches(img, piece.box(), textHeight, colors, true),
                        swatches(img, piece.box(), textHeight, colors, false)));
            }
        }
        // All entries of a legend have their swatch on the same side; in a horizontal legend the
        // other side holds the next entry's swatch.
        long leftEvidence = entries.stream().mapToLong(e -> best(e.left())).sum();
        long rightEvidence = entries.stream().mapToLong(e -> best(e.right())).sum();
        boolean useLeft = leftEvidence >= rightEvidence;
        Map<Integer, List<Glyph>> out = new HashMap<>();
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
            out.put(p[1], e.text());
            taken.add(e);
        }
        return out;
    }

    /**
     * Pixels of each series colour on one side of the text, counted only in horizontal
     * runs at least {@link #MIN_RUN} text heights long that end before the region's far side: a
     * swatch is a short line segment, while the neighbouring entry's letters (black text next to
     * a black series) are not, and a curve passing by is not short.
     */
    private static long best(Map<Integer, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Map<Integer, Integer> swatches(RasterImage img, PixelBox text, int h, List<Integer> colors,
                                                  boolean left) {
        Map<Integer, Integer> counts = new HashMap<>();
        int reach = (int) Math.round(SWATCH_REACH * h);
        int minRun = (int) Math.max(3, Math.round(MIN_RUN * h));
        int y0 = Math.max(0, text.top()), y1 = Math.min(img.height(), text.bottom());
        int[][] ranges = {left ? new int[] {Math.max(0, text.left() - reach), text.left()}
            : new int[] {text.right(), Math.min(img.width(), text.right() + reach)}};
        for (int col : colors) {
            int n = 0;
            for (int[] r : ranges) {
                for (int y = y0; y < y1; y++) {
                    int run = 0;
                    for (int x = r[0]; x <= r[1]; x++) {
                        boolean hit = x < r[1] && RasterImage.channelDistance(img.rgb(x, y), col) <= COLOR_MATCH;
                        if (hit) {
                            run++;
                        } else {
                            // Only runs that stop short of the region's far end: a curve passing
                            // by runs on past it, a swatch ends within reach of its text.
                            boolean contained = left ? x - run > r[0] : x < r[1];
                            if (run >= minRun && contained) {
                                n += run;
                            }
                            run = 0;
                        }
                    }
                }
            }
            if (n > 0) {
                counts.put(col, n);
            }
        }
        return counts;
    }

    /** Shortest swatch run, in text heights: 0.4 keeps a dashed swatch's dashes. */
    static final double MIN_RUN = 0.4;
}
