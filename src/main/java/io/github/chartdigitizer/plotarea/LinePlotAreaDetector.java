package io.github.chartdigitizer.plotarea;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Stage;
import io.github.chartdigitizer.image.Background;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.RuleLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the plot area from long lines and panel edges. Each side is the outermost line parallel
 * to it, unless that line stops short of the extent of the perpendicular lines (a grid line
 * inside a frameless panel, as in ggplot2's theme_minimal): then the extent is the edge. A side
 * with no parallel line (only left and bottom spines drawn) is the extent of the perpendicular
 * lines. A filled panel whose edge a frame in the page's colour hides (matplotlib's ggplot
 * style) reaches halfway to where its tick marks show (see {@link #hiddenRim}).
 */
public final class LinePlotAreaDetector implements PlotAreaDetector {
    /** Lines at least this share of the longest line of their direction span the whole plot. */
    private static final double FULL_SPAN = 0.7;

    /** Fewest pixels a side: a plot area, its tick labels and a line need at least this much. */
    static final int MIN_SIDE = 32;

    private final PlotAreaConfig config;
    private final RuleLineDetector lines;

    public LinePlotAreaDetector(PlotAreaConfig config) {
        this.config = config;
        this.lines = new RuleLineDetector(config);
    }

    @Override
    public PlotFrame detect(RasterImage img) throws DigitizeException {
        if (img.width() < MIN_SIDE || img.height() < MIN_SIDE) {
            throw new DigitizeException(Stage.PLOT_AREA, DigitizeException.Reason.NO_PLOT_AREA,
                    "image is " + img.width() + "x" + img.height() + " px, too small to hold a chart");
        }
        int page = Background.ofBorder(img);
        List<List<RuleLine>> both = lines.detect(img, page);
        List<RuleLine> h = both.get(0);
        List<RuleLine> v = both.get(1);
        if (h.isEmpty() && v.isEmpty()) {
            throw new DigitizeException(Stage.PLOT_AREA, DigitizeException.Reason.NO_PLOT_AREA,
                    "no long horizontal or vertical lines or panel edges");
        }
        List<RuleLine> hFull = fullSpan(h);
        List<RuleLine> vFull = fullSpan(v);
        double tolX = Math.max(3, config.edgeTolerance() * img.width());
        double tolY = Math.max(3, config.edgeTolerance() * img.height());

        double left, right, top, bottom;
        double hx0 = median(hFull, true), hx1 = median(hFull, false);
        double vy0 = median(vFull, true), vy1 = median(vFull, false);
        List<RuleLine> vIn = h.isEmpty() ? vFull : within(vFull, hx0 - tolX, hx1 + tolX);
        List<RuleLine> hIn = v.isEmpty() ? hFull : within(hFull, vy0 - tolY, vy1 + tolY);
        if (vIn.isEmpty() && hFull.isEmpty() || hIn.isEmpty() && vFull.isEmpty()) {
            throw new DigitizeException(Stage.PLOT_AREA, DigitizeException.Reason.NO_PLOT_AREA,
                    "lines do not outline a rectangle");
        }
        left = side(img, page, vIn, hFull, hFull.isEmpty() ? Double.NaN : hx0, tolX, true);
        right = side(img, page, vIn, hFull, hFull.isEmpty() ? Double.NaN : hx1, tolX, false);
        top = side(img, page, hIn, vFull, vFull.isEmpty() ? Double.NaN : vy0, tolY, true);
        bottom = side(img, page, hIn, vFull, vFull.isEmpty() ? Double.NaN : vy1, tolY, false);
        if (!(right - left >= 0.1 * img.width()) || !(bottom - top >= 0.1 * img.height())) {
            throw new DigitizeException(Stage.PLOT_AREA, DigitizeException.Reason.NO_PLOT_AREA,
                    String.format("outlined area too small (%.0f x %.0f px)", right - left, bottom - top));
        }
        boolean panel = h.stream().anyMatch(l -> l.kind() == RuleLine.Kind.PANEL_EDGE);
        boolean framed = !vIn.isEmpty() && !hIn.isEmpty();
        PlotArea.FrameKind kind = panel ? PlotArea.FrameKind.PANEL : framed ? PlotArea.FrameKind.LINES : PlotArea.FrameKind.GRID;
        int inset = 3;
        int panelColor = Background.ofRegion(img, (int) left + inset, (int) top + inset,
                Math.max((int) left + inset + 1, (int) right - inset), Math.max((int) top + inset + 1, (int) bottom - inset));
        if (kind == PlotArea.FrameKind.PANEL) {
            // A frame in the page's colour (matplotlib's ggplot style) hides the panel's rim and
            // the ticks' roots alike: the edge is midway between where each shows.
            double half = hiddenRim(img, page, panelColor, left, top, right, bottom) / 2;
            left -= half;
            top -= half;
            right += half;
            bottom += half;
        }
        PlotArea area = new PlotArea(left, top, right, bottom, kind);
        List<RuleLine> all = new ArrayList<>(h);
        all.addAll(v);
        return new PlotFrame(area, page, panelColor, all);
    }

    /** Farthest, in pixels, a tick mark may start beyond a panel's visible edge. */
    private static final int MAX_RIM = 4;
    /** Distance from the page of a tick mark's core pixel. */
    private static final int TICK_CONTRAST = 60;
    /** Distance from the page of a pixel in the page's colour (the hidden frame). */
    private static final int PAGE_LIKE = 24;
    /** Tick marks that must show the same hidden rim. */
    private static final int MIN_TICKS = 3;
    /** Share of each side's length left out at its ends: other sides' ticks meet there. */
    private static final double CORNER = 0.05;

    /**
     * How wide a band in the page's colour lies between a filled panel's visible edge and the
     * tick marks standing out from it, on the bottom and left sides (the median over the
     * columns or rows where a tick was found, to a fraction of a pixel), 0 when none is seen.
     * ggplot2's and seaborn's ticks start right at the panel; a frame in the page's colour drawn
     * over the edge hides half its width of the panel and half of the ticks' roots.
     */
    static double hiddenRim(RasterImage img, int page, int panel, double left, double top, double right, double bottom) {
        for (int d = -1; d <= 1; d++) {
            if (visibleFrame(img, page, panel, (int) Math.floor(bottom) + d, left, right, true)
                    || visibleFrame(img, page, panel, (int) Math.floor(left) + d, top, bottom, false)) {
                return 0; // a frame of its own colour (bmh) marks the edge, which it was taken at
            }
        }
        List<Double> gaps = new ArrayList<>();
        int[] atEdge = new int[1];
        rim(img, page, bottom, left, right, true, 1, gaps, atEdge);
        rim(img, page, left, top, bottom, false, -1, gaps, atEdge);
        if (atEdge[0] >= MIN_TICKS || gaps.size() < MIN_TICKS) {
            return 0; // the ticks stand on the panel: nothing hides its rim
        }
        double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = g[g.length / 2];
        return median >= MIN_RIM ? median : 0;
    }

    /**
     * Narrowest hidden rim taken, in pixels: a frame hides a pixel or more; under that, the gap
     * is the anti-aliasing of the panel's edge and the tick's root.
     */
    private static final double MIN_RIM = 1.0;
    /** Share of a side along which the page must meet the panel for a hidden rim to be sought. */
    private static final double PAGE_ALONG = 0.8;
    /** Pixels either side along the edge that are the page beside a tick mark (it is thin). */
    private static final int THIN = 3;

    /**
     * The tick marks along one side: for each whose core starts right at the visible edge a
     * count in {@code atEdge}; for each that starts farther out, the width of the band between
     * (a partly covered pixel before the tick's core counting by its share of the core's
     * darkness, also when that pixel touches the edge: blur spreads a tick standing a pixel or
     * more off the edge back onto it). A tick mark is thin along the side and at least two
     * pixels deep.
     */
    private static void rim(RasterImage img, int page, double edge, double from, double to, boolean bottomSide, int dir,
                            List<Double> gaps, int[] atEdge) {
        double span = to - from;
        int lo = (int) Math.ceil(from + CORNER * span) + THIN, hi = (int) Math.floor(to - CORNER * span) - THIN;
        int first = dir > 0 ? (int) Math.ceil(edge) : (int) Math.floor(edge) - 1;
        int limit = bottomSide ? img.height() : img.width();
        if (first < 0 || first >= limit) {
            return;
        }
        // The page must meet the panel along the side: a frame line drawn there (bmh) is the
        // edge itself, and nothing hides the panel.
        int pageBeside = 0;
        for (int a = lo; a < hi; a++) {
            pageBeside += RasterImage.channelDistance(at(img, bottomSide, a, first), page) <= PAGE_LIKE ? 1 : 0;
        }
        if (pageBeside < PAGE_ALONG * (hi - lo)) {
            return;
        }
        for (int a = lo; a < hi; a++) {
            int k0 = -1;
            for (int k = 0; k <= MAX_RIM; k++) {
                int c = first + dir * k;
                if (c < 0 || c >= limit) {
                    break;
                }
                if (RasterImage.channelDistance(at(img, bottomSide, a, c), page) > PAGE_LIKE) {
                    k0 = k;
                    break;
                }
            }
            if (k0 < 0) {
                continue;
            }
            // The tick's core: at its first non-page pixel or the next.
            int core = -1;
            for (int k = k0; k <= k0 + 1; k++) {
                int c = first + dir * k;
                if (c >= 0 && c < limit && RasterImage.channelDistance(at(img, bottomSide, a, c), page) >= TICK_CONTRAST) {
                    core = c;
                    break;
                }
            }
            int next = core + dir;
            if (core < 0 || next < 0 || next >= limit
                    || RasterImage.channelDistance(at(img, bottomSide, a, next), page) < TICK_CONTRAST
                    || RasterImage.channelDistance(at(img, bottomSide, a - THIN, core), page) > PAGE_LIKE
                    || RasterImage.channelDistance(at(img, bottomSide, a + THIN, core), page) > PAGE_LIKE) {
                continue;
            }
            if (core == first) {
                // Its core right past the edge. A faint first pixel with the core behind it is
                // the fringe that blur spreads from a tick standing off the edge (measured below).
                atEdge[0]++;
                continue;
            }
            int d = RasterImage.channelDistance(at(img, bottomSide, a, core), page);
            int before = RasterImage.channelDistance(at(img, bottomSide, a, core - dir), page);
            double share = before <= PAGE_LIKE ? 0 : Math.min(1, (double) before / d);
            double start = dir > 0 ? core - share : core + 1 + share;
            gaps.add(Math.abs(start - edge));
        }
    }

    /** Luma a visible frame stands beyond the panel, away from the page (JPEG halves bmh's 50). */
    private static final double FRAME_BEYOND_PANEL = 12;

    /**
     * Whether a line of its own colour (beyond the panel's, seen from the page: darker on a
     * light page) runs along the row (or column) {@code c} over most of the side.
     */
    private static boolean visibleFrame(RasterImage img, int page, int panel, int c, double from, double to,
                                        boolean bottomSide) {
        int limit = bottomSide ? img.height() : img.width();
        if (c < 0 || c >= limit) {
            return false;
        }
        int lo = (int) Math.ceil(from), hi = (int) Math.floor(to), n = 0;
        for (int a = lo; a < hi; a++) {
            int px = at(img, bottomSide, a, c);
            // Off the page, and standing out from the panel the other way from the page.
            n += RasterImage.channelDistance(px, page) > PAGE_LIKE
                    && RasterImage.inkContrast(px, page) - RasterImage.inkContrast(panel, page) >= FRAME_BEYOND_PANEL ? 1 : 0;
        }
        return n >= PAGE_ALONG * (hi - lo);
    }

    /** The pixel at position a along a side and c across it. */
    private static int at(RasterImage img, boolean bottomSide, int a, int c) {
        return bottomSide ? img.rgb(a, c) : img.rgb(c, a);
    }

    /**
     * One side: the outermost parallel line, or the perpendicular lines' extent when the
     * outermost line lies clearly inside it and the perpendicular lines carry on past it in
     * their own colour (grid lines of a frameless panel), or when there is no parallel line.
     * Perpendicular lines that carry on in another colour are tick marks and labels below a
     * spine, and the spine is the edge.
     */
    private static double side(RasterImage img, int page, List<RuleLine> parallel, List<RuleLine> perpendicular, double extent,
                               double tol, boolean low) {
        if (parallel.isEmpty()) {
            return extent;
        }
        RuleLine outerLine = low ? parallel.stream().min(java.util.Comparator.comparingDouble(RuleLine::pos)).orElseThrow()
                : parallel.stream().max(java.util.Comparator.comparingDouble(RuleLine::pos)).orElseThrow();
        double outer = outerLine.pos();
        if (Double.isNaN(extent)) {
            return outer;
        }
        double in = low ? outer - extent : extent - outer;
        int clear = (outerLine.thickness() + 1) / 2;
        if (in > tol) {
            return continuesBeyond(img, page, perpendicular, outer, clear, low ? -1 : 1, Continuation.ANY) ? extent : outer;
        }
        // Nearer than a tick mark's length: a frame's two lines lengthened by the ticks at its
        // corners also go on past it, and grid lines go on as tick marks of another grey. Grid
        // lines of a frameless panel (ggplot2's theme_minimal, with its 5% expansion) are more
        // than two, the line is one of them in colour, and most of them go on in their own colour.
        boolean gridLike = perpendicular.stream().filter(l -> RasterImage.channelDistance(l.color(), outerLine.color()) <= OWN_COLOUR)
                .count() * 2 > perpendicular.size();
        return in > MIN_INSIDE && gridLike && continuesBeyond(img, page, perpendicular, outer, clear, low ? -1 : 1,
                Continuation.gridUpTo(extent))
                ? extent : outer;
    }

    /**
     * What counts as a perpendicular line going on past the outer one.
     *
     * @param minLines  fewest lines that must go on, besides most of them
     * @param ownColour whether the pixels past it must be the line's own colour (not a darker
     *                  tick mark continuing it)
     * @param until     where the lines end: probes past it are not taken (NaN: no end)
     */
    private record Continuation(int minLines, boolean ownColour, double until) {
        /** Any thin continuation, by most lines. */
        static final Continuation ANY = new Continuation(1, false, Double.NaN);

        /** Grid lines of a frameless panel, going on in their own colour up to their end. */
        static Continuation gridUpTo(double extent) {
            return new Continuation(MIN_GRID_LINES, true, extent);
        }
    }

    /** Pixels inside the perpendicular lines' extent a line must lie to be other than their edge. */
    private static final double MIN_INSIDE = 3;
    /** Largest channel distance from a line's colour of a pixel that continues it in its own colour. */
    private static final int OWN_COLOUR = 24;
    /** Perpendicular lines that must go on past a line near their extent for it not to be the edge. */
    private static final int MIN_GRID_LINES = 3;

    /** Rows (or columns) probed, counted from the outer line's edge: 2 to 6 px out. */
    private static final int[] PROBES = {2, 3, 4, 5, 6};
    /** Chroma above which a probed pixel belongs to a data curve, not to chart furniture. */
    private static final int DATA_CHROMA = 40;

    /**
     * Whether most perpendicular lines go on past {@code outer} as the same thin line: their
     * colour on the line and not beside it. Tick labels centred on a spine's end continue it in
     * colour but not as a thin line.
     */
    private static boolean continuesBeyond(RasterImage img, int page, List<RuleLine> perpendicular, double outer,
                                           int clear, int dir, Continuation how) {
        int same = 0, probed = 0;
        for (RuleLine l : perpendicular) {
            int along = (int) Math.floor(l.pos());
            int side = l.thickness() / 2 + 2;
            int hits = 0, n = 0;
            for (int d : PROBES) {
                int across = (int) Math.floor(outer) + dir * (clear + d);
                if (!Double.isNaN(how.until()) && (dir > 0 ? across >= how.until() : across < how.until())) {
                    continue; // past the lines' own end
                }
                if (!inside(img, l, across, along - side) || !inside(img, l, across, along + side)) {
                    continue;
                }
                int here = pixel(img, l, across, along);
                if (RasterImage.chroma(here) > DATA_CHROMA) {
                    continue; // a coloured curve crosses here: says nothing about the line
                }
                n++;
                // In its own colour, a faint grid line counts where it keeps a third of its contrast:
                // downscaling and JPEG fade it towards its end, below half-way to the page.
                boolean on = how.ownColour()
                        ? RasterImage.channelDistance(here, page) * 3 >= RasterImage.channelDistance(l.color(), page)
                                && RasterImage.channelDistance(here, l.color()) <= OWN_COLOUR
                        : nearer(here, l.color(), page);
                boolean besideA = nearer(pixel(img, l, across, along - side), l.color(), page);
                boolean besideB = nearer(pixel(img, l, across, along + side), l.color(), page);
                if (on && !besideA && !besideB) {
                    hits++;
                }
            }
            if (n > 0) {
                probed++;
                if (2 * hits > n) {
                    same++;
                }
            }
        }
        return probed > 0 && 2 * same > probed && same >= how.minLines();
    }

    /** Whether c looks more like the line colour than like the page. */
    private static boolean nearer(int c, int line, int page) {
        return RasterImage.channelDistance(c, line) < RasterImage.channelDistance(c, page);
    }

    private static boolean inside(RasterImage img, RuleLine l, int across, int along) {
        int x = l.horizontal() ? across : along;
        int y = l.horizontal() ? along : across;
        return x >= 0 && y >= 0 && x < img.width() && y < img.height();
    }

    /** The pixel {@code across} the image from a perpendicular line's point of view. */
    private static int pixel(RasterImage img, RuleLine l, int across, int along) {
        return l.horizontal() ? img.rgb(across, along) : img.rgb(along, across);
    }

    private static List<RuleLine> fullSpan(List<RuleLine> lines) {
        double longest = lines.stream().mapToDouble(RuleLine::length).max().orElse(0);
        return lines.stream().filter(l -> l.length() >= FULL_SPAN * longest).toList();
    }

    private static List<RuleLine> within(List<RuleLine> lines, double lo, double hi) {
        return lines.stream().filter(l -> l.pos() >= lo && l.pos() <= hi).toList();
    }

    private static double median(List<RuleLine> lines, boolean start) {
        if (lines.isEmpty()) {
            return Double.NaN;
        }
        double[] v = lines.stream().mapToDouble(l -> start ? l.start() : l.end()).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
