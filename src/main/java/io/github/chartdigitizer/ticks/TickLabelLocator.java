package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.TextGroup;
import io.github.chartdigitizer.text.TextLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sorts the glyphs around the plot area into tick labels, title and axis titles, from layout
 * alone: x tick labels are the first text line below the plot area, the x title the next one;
 * y tick labels are the right-aligned column of text nearest the left edge (left-aligned
 * nearest the right edge when the axis is on the right), the y title what lies beyond them;
 * the title is the fullest text line above the plot area.
 */
public final class TickLabelLocator {
    /** How far, as a share of the plot width, an outside tick may stand off the edge (styles with an axis offset). */
    private static final double TICK_GAP = 0.01;

    private final TickConfig config;

    public TickLabelLocator(TickConfig config) {
        this.config = config;
    }

    public ChartText locate(List<Glyph> glyphs, PlotArea pa, int width, int height) {
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            PixelBox b = g.box();
            boolean intersects = b.right() > pa.left() + 1 && b.left() < pa.right() - 1
                    && b.bottom() > pa.top() + 1 && b.top() < pa.bottom() - 1;
            boolean huge = b.height() > 0.3 * height || b.width() > 0.3 * width;
            if (!intersects && !huge) {
                outside.add(g);
            }
        }
        double tickLen = Math.max(4, config.maxTickLength() * height);

        // x: below the plot, not a tick mark hanging from the bottom edge.
        List<Glyph> below = outside.stream().filter(g -> g.box().top() >= pa.bottom() + 1.0
                        && g.box().centerX() > pa.left() - 0.08 * width && g.box().centerX() < pa.right() + 0.08 * width)
                .toList();
        List<TextGroup> belowLines = TextLayout.lines(below);
        List<TextGroup> xLabels = List.of();
        List<Glyph> xTitle = List.of();
        int first = 0;
        // Skip tick-mark-only lines (short marks right under the axis, e.g. ggplot2's outside ticks).
        while (first < belowLines.size() && belowLines.get(first).box().top() < pa.bottom() + tickLen
                && belowLines.get(first).typicalHeight() <= tickLen && isTickRow(belowLines.get(first))) {
            first++;
        }
        // The first text line below the labels (the axis title's).
        int afterLabels = first + 1;
        if (first < belowLines.size()) {
            TextGroup line = belowLines.get(first);
            double gap = config.labelGap() * line.box().height();
            // Labels turned upright stand as columns of characters, one text line per row.
            int next = first + 1;
            while (next < belowLines.size() && stackedUnder(belowLines.get(next), line)) {
                List<Glyph> all = new ArrayList<>(line.glyphs());
                all.addAll(belowLines.get(next).glyphs());
                line = TextGroup.of(all);
                next++;
            }
            xLabels = TextLayout.splitByGaps(line, gap);
            if (next < belowLines.size()) {
                xTitle = belowLines.get(next).glyphs();
            }
            afterLabels = next;
        }

        AxisSide ySide = AxisSide.LEFT;
        List<TextGroup> yLabels = yColumn(outside, pa, height, tickLen, true);
        if (yLabels.size() < 2 || span(yLabels) < FULL_COLUMN * pa.height()) {
            // No column on the left, or one bunched in a short stretch of the axis (words of a
            // rotated title, the labels being on the right): a right column spread wider wins.
            List<TextGroup> right = yColumn(outside, pa, height, tickLen, false);
            if (right.size() >= 2 && (yLabels.size() < 2 || span(right) > span(yLabels))) {
                yLabels = right;
                ySide = AxisSide.RIGHT;
            }
        }
        Set<Glyph> used = new HashSet<>();
        yLabels.forEach(l -> used.addAll(l.glyphs()));
        xLabels.forEach(l -> used.addAll(l.glyphs()));
        List<Glyph> yTitle = yTitle(outside, used, yLabels, ySide, pa);

        int textH = TextGroup.medianGlyphHeight(yLabels.isEmpty() ? xLabels : yLabels);
        List<Glyph> above = outside.stream().filter(g -> g.box().bottom() < pa.top() - 0.5 && !used.contains(g)).toList();
        List<Glyph> yOffset = offsetText(above, ySide == AxisSide.LEFT ? pa.left() : pa.right(), ySide == AxisSide.LEFT,
                pa.top() - OFFSET_REACH * textH, textH);
        List<Glyph> titleCandidates = above.stream().filter(g -> !yOffset.contains(g)).toList();
        List<Glyph> title = TextLayout.lines(titleCandidates).stream()
                .max(Comparator.comparingInt(l -> l.glyphs().size()))
                .map(TextGroup::glyphs).orElse(List.of());
        List<Glyph> xOffset = List.of();
        if (!xTitle.isEmpty() || afterLabels < belowLines.size()) {
            List<Glyph> rest = new ArrayList<>();
            for (int i = afterLabels; i < belowLines.size(); i++) {
                rest.addAll(belowLines.get(i).glyphs());
            }
            xOffset = offsetText(rest, pa.right(), false, Double.NEGATIVE_INFINITY, textH);
            if (!xOffset.isEmpty()) {
                List<Glyph> off = xOffset;
                xTitle = xTitle.stream().filter(g -> !off.contains(g)).toList();
            }
        }
        return new ChartText(xLabels, ySide, yLabels, title, xTitle, yTitle, xOffset, yOffset);
    }

    /**
     * Whether a text line continues the columns of the line above it: every glyph hangs right
     * under a glyph of that line, within half a text height, and under two or more different
     * ones (x labels turned upright; an axis title or offset text below level labels does not
     * line up with them glyph for glyph).
     */
    private static boolean stackedUnder(TextGroup line, TextGroup above) {
        int h = Math.max(1, above.typicalHeight());
        if (line.box().top() - above.box().bottom() > STACK_GAP * h) {
            return false;
        }
        Set<Glyph> under = new HashSet<>();
        for (Glyph g : line.glyphs()) {
            Glyph over = null;
            for (Glyph a : above.glyphs()) {
                if (a.box().horizontalOverlap(g.box()) > 0 && (over == null || a.box().bottom() > over.box().bottom())) {
                    over = a;
                }
            }
            if (over == null || g.box().top() - over.box().bottom() > STACK_GAP * h) {
                return false;
            }
            under.add(over);
        }
        return under.size() >= 2;
    }

    /** Largest gap, in text heights, between characters stacked in a column. */
    private static final double STACK_GAP = 0.5;

    /** Text no taller than this many pixels is no tick label (a tick mark or a speck). */
    private static final int MIN_LABEL_HEIGHT = 3;

    /** The offset text sits within this many text heights of the plot's top edge. */
    private static final double OFFSET_REACH = 3.0;
    /** An offset text ("1e6", "+1e6", "×10^6") has at most this many glyphs. */
    private static final int OFFSET_MAX_GLYPHS = 8;

    /**
     * A short piece of text aligned with an axis end: matplotlib draws the y offset text
     * left-aligned above the axis' left edge and the x one right-aligned under its right end.
     * Only a candidate: {@link AxisOffset#parse} decides.
     */
    private static List<Glyph> offsetText(List<Glyph> glyphs, double edge, boolean leftAligned, double minBottom, int h) {
        if (h <= 0) {
            return List.of();
        }
        for (TextGroup line : TextLayout.lines(glyphs)) {
            if (line.box().bottom() < minBottom) {
                continue;
            }
            for (TextGroup piece : TextLayout.splitByGaps(line, 0.8 * h)) {
                double anchor = leftAligned ? piece.box().left() : piece.box().right();
                if (Math.abs(anchor - edge) <= 2 * h && piece.glyphs().size() <= OFFSET_MAX_GLYPHS
                        && piece.box().height() <= 2 * h) {
                    return piece.glyphs();
                }
            }
        }
        return List.of();
    }

    /** A row of short thin marks, not characters. */
    private static boolean isTickRow(TextGroup line) {
        return line.glyphs().stream().allMatch(g -> g.box().width() <= 3 || g.box().height() <= 3);
    }

    /**
     * A y tick mark drawn as its own component (ggplot2, matplotlib styles without spines): a
     * short horizontal dash ending at the plot edge.
     */
    private static boolean isYTickMark(Glyph g, PlotArea pa, boolean left) {
        // Flat, or a speck no bigger than a stroke is thick: a minor tick blurred in shrinking.
        boolean flat = g.box().height() <= 3 && (2 * g.box().width() >= 3 * g.box().height() || g.box().width() <= 3);
        // A thicker tick, at least twice as long as thick, that runs right up to the edge:
        // ggplot2's, with their anti-aliased rims, stand 4 px tall and 9 long.
        boolean thickTick = 2 * g.box().height() <= g.box().width() && endsWithin(g, pa, left, EDGE_PX);
        return flat && endsWithin(g, pa, left, Math.max(3, TICK_GAP * pa.width())) || thickTick;
    }

    /** Whether the glyph ends within {@code px} of the plot's left (or right) edge. */
    private static boolean endsWithin(Glyph g, PlotArea pa, boolean left, double px) {
        return left ? g.box().right() >= pa.left() - px : g.box().left() <= pa.right() + px;
    }

    /** How near the plot edge, in pixels, a thicker tick mark ends. */
    private static final double EDGE_PX = 1.5;

    /**
     * How far beyond a tick mark's length, in text heights, a y label may stand off the axis.
     * Labels sit a small pad from their tick (at most 0.4 text heights on the bench); the
     * rotated axis title stands beyond the labels, many text heights off when the labels are
     * on the other side (its letters, one per line, align like a column of labels).
     */
    private static final double MAX_LABEL_GAP = 2;

    /** The aligned column of labels nearest the left (or right) edge. */
    private List<TextGroup> yColumn(List<Glyph> outside, PlotArea pa, int height, double tickLen, boolean left) {
        double margin = 0.05 * height;
        List<Glyph> side = outside.stream().filter(g -> (left ? g.box().right() < pa.left() - 0.5
                        : g.box().left() > pa.right() + 0.5)
                        && g.box().centerY() > pa.top() - margin && g.box().centerY() < pa.bottom() + margin)
                .filter(g -> !isYTickMark(g, pa, left))
                .toList();
        side = withoutStackedWords(withoutRuns(side));
        List<TextGroup> candidates = new ArrayList<>();
        for (TextGroup line : TextLayout.lines(side)) {
            if (line.box().height() <= MIN_LABEL_HEIGHT) {
                continue; // tick marks and specks: no label is this short
            }
            List<TextGroup> pieces = TextLayout.splitByGaps(line, 0.5 * line.typicalHeight());
            TextGroup c = left ? extendLeft(pieces) : pieces.get(0);
            double gap = left ? pa.left() - c.box().right() : c.box().left() - pa.right();
            if (gap <= tickLen + MAX_LABEL_GAP * c.typicalHeight()) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // The aligned group nearest the axis with at least two members: the axis title and any
        // other text lie farther out, and a lone glyph near the axis is no column.
        List<TextGroup> byNearness = new ArrayList<>(candidates);
        byNearness.sort(Comparator.comparingDouble(c -> left ? -c.box().right() : c.box().left()));
        List<TextGroup> best = List.of();
        for (TextGroup c : byNearness) {
            double edge = left ? c.box().right() : c.box().left();
            double tol = Math.max(2, config.alignTolerance() * c.typicalHeight());
            List<TextGroup> members = candidates.stream()
                    .filter(o -> Math.abs((left ? o.box().right() : o.box().left()) - edge) <= tol).toList();
            if (members.size() >= 2 && !stackedWord(members)) {
                best = members;
                break;
            }
        }
        return best.stream().sorted(Comparator.comparingInt(g -> g.box().top())).toList();
    }

    /**
     * The glyphs without upright runs of ink many text heights tall: in a small chart the
     * letters of the rotated y title blur into such runs, and one standing a pixel or two from
     * a label would be read as part of it.
     */
    private static List<Glyph> withoutRuns(List<Glyph> glyphs) {
        int typical = TextGroup.medianHeight(glyphs);
        return glyphs.stream().filter(g -> !(g.box().height() > RUN_HEIGHT * typical
                && g.box().height() > RUN_HEIGHT * g.box().width())).toList();
    }

    /**
     * The glyphs without the letters of a rotated word standing in a column of their own (the
     * y axis title beside the labels of a small chart): letter after letter with hardly a gap,
     * in a column no wider than a line of text. One a few pixels from a label would be read as
     * part of it (p0044 shrunk to 0.7 read "0.8" as "=0.8", and lost "0." of "0.7").
     */
    private static List<Glyph> withoutStackedWords(List<Glyph> glyphs) {
        int h = TextGroup.medianHeight(glyphs);
        java.util.Set<Glyph> word = new java.util.HashSet<>();
        for (TextGroup col : TextLayout.columns(glyphs)) {
            // Its rows: one letter each in a rotated word, one label each in a column of labels.
            List<TextGroup> rows = TextLayout.lines(col.glyphs());
            if (rows.size() >= MIN_WORD_LETTERS && col.box().width() <= WORD_COLUMN_WIDTH * h
                    && col.box().height() >= MIN_WORD_LETTERS * h && stackedWord(rows)) {
                word.addAll(col.glyphs());
            }
        }
        return word.isEmpty() ? glyphs : glyphs.stream().filter(g -> !word.contains(g)).toList();
    }

    /** Fewest letters (and text heights tall) a column of stacked letters is taken for a word at. */
    private static final int MIN_WORD_LETTERS = 3;
    /**
     * Widest a column of a rotated word's letters is, in the glyphs' median height: one line
     * of text, its ascenders and descenders, in a title font up to about 1.5 times the labels'.
     */
    private static final double WORD_COLUMN_WIDTH = 2.5;

    /** An upright run of ink at least this many times the typical glyph height (and its own width). */
    private static final double RUN_HEIGHT = 2.5;

    /**
     * Share of the plot's height a column of y labels spans at the least (on the bench, at
     * least 0.3): labels mark the axis' range, the words of a title stand together.
     */
    private static final double FULL_COLUMN = 0.3;

    /** Rows from the first label's top to the last one's bottom. */
    private static int span(List<TextGroup> column) {
        int top = column.stream().mapToInt(g -> g.box().top()).min().orElse(0);
        int bottom = column.stream().mapToInt(g -> g.box().bottom()).max().orElse(0);
        return bottom - top;
    }

    /** Median gap between stacked letters of a rotated word, in text heights, is below this. */
    private static final double WORD_SPACING = 0.5;

    /**
     * Whether an aligned column is the letters of a rotated word (the axis title, with the
     * labels on the other side), not labels: the letters follow each other with hardly a gap,
     * while tick labels stand apart by about their own height or more.
     */
    private static boolean stackedWord(List<TextGroup> column) {
        List<TextGroup> byTop = column.stream().sorted(Comparator.comparingInt(g -> g.box().top())).toList();
        double[] gaps = new double[byTop.size() - 1];
        for (int i = 1; i < byTop.size(); i++) {
            gaps[i - 1] = byTop.get(i).box().top() - byTop.get(i - 1).box().bottom();
        }
        java.util.Arrays.sort(gaps);
        int h = TextGroup.medianGlyphHeight(column);
        return gaps[gaps.length / 2] < WORD_SPACING * h;
    }

    /**
     * The rightmost piece of a line, joined with pieces to its left that continue it on the
     * same baseline at the same size within a text height: "6 × 10^0" has wide math spacing
     * around the ×, while the rotated axis title's glyphs beside a label do not share its
     * baseline and size.
     */
    private static TextGroup extendLeft(List<TextGroup> pieces) {
        TextGroup label = pieces.get(pieces.size() - 1);
        int h = label.typicalHeight();
        for (int i = pieces.size() - 2; i >= 0; i--) {
            TextGroup p = pieces.get(i);
            boolean near = label.box().left() - p.box().right() <= h;
            boolean sameBaseline = Math.abs(p.box().bottom() - label.box().bottom()) <= Math.max(1, 0.2 * h);
            boolean sameSize = p.box().height() <= 1.1 * label.box().height();
            if (!(near && sameBaseline && sameSize)) {
                break;
            }
            List<Glyph> all = new ArrayList<>(p.glyphs());
            all.addAll(label.glyphs());
            label = TextGroup.of(all);
        }
        return label;
    }

    /** Glyphs beyond the y labels, beside the plot: the rotated y axis title. */
    private static List<Glyph> yTitle(List<Glyph> outside, Set<Glyph> used, List<TextGroup> yLabels, AxisSide side,
                                      PlotArea pa) {
        if (yLabels.isEmpty()) {
            return List.of();
        }
        boolean left = side == AxisSide.LEFT;
        double edge = left ? yLabels.stream().mapToInt(l -> l.box().left()).min().orElseThrow()
                : yLabels.stream().mapToInt(l -> l.box().right()).max().orElseThrow();
        List<Glyph> beyond = outside.stream().filter(g -> !used.contains(g)
                        && (left ? g.box().right() <= edge : g.box().left() >= edge)
                        && g.box().bottom() > pa.top() && g.box().top() < pa.bottom())
                .toList();
        List<TextGroup> cols = TextLayout.columns(beyond);
        return cols.stream()
                .filter(c -> c.box().height() > c.box().width())
                .max(Comparator.comparingDouble(c -> left ? c.box().right() : -c.box().left()))
                .map(TextGroup::glyphs).orElse(List.of());
    }
}
