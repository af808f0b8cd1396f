package io.github.chartdigitizer.plotarea;

import io.github.chartdigitizer.image.Background;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.RuleLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds long horizontal or vertical lines and filled panels by scanning every row (or column)
 * for its longest run of non-background pixels. Consecutive rows with a long run form a band:
 * a thin band is a line (frame, spine or grid line), a thick one a filled panel (ggplot2's grey
 * panel), whose two edges are reported. Thick bands split only by thin background gaps (white
 * grid lines on a grey panel) are one panel.
 */
final class RuleLineDetector {
    /**
     * A band this thin is always a line, whatever the image size: a blurred or JPEG'd 2 px
     * axis line spreads over 5 rows, and no panel is that thin.
     */
    private static final int MIN_MAX_THICKNESS = 6;

    private final PlotAreaConfig config;

    RuleLineDetector(PlotAreaConfig config) {
        this.config = config;
    }

    /** One row's (or column's) longest run. */
    private record Run(int start, int end, double weight, double chroma, int color) {
        int length() {
            return end - start;
        }
    }

    /** The horizontal lines (and panel edges), then the vertical ones. */
    List<List<RuleLine>> detect(RasterImage img, int background) {
        Spans spans = longestSpans(img, background);
        return List.of(detect(img, background, spans, true), detect(img, background, spans, false));
    }

    /**
     * Each row's and each column's longest run of non-background pixels, gaps bridged:
     * {start, end} per row and per column, {-1, -1} where there is none.
     */
    private record Spans(int[] rowStart, int[] rowEnd, int[] colStart, int[] colEnd) {
    }

    private int along(RasterImage img, boolean horizontal) {
        return horizontal ? img.width() : img.height();
    }

    private int gap(RasterImage img, boolean horizontal) {
        return (int) Math.max(2, Math.round(config.gapTolerance() * along(img, horizontal) / 1000.0));
    }

    /**
     * One walk over the pixels, row by row, finds both: the current row's run in scalars and
     * every column's run in arrays (a column-by-column walk misses the cache on every pixel).
     */
    private Spans longestSpans(RasterImage img, int bg) {
        int w = img.width(), h = img.height();
        int minDistance = config.minColorDistance();
        int gapH = gap(img, true), gapV = gap(img, false);
        int[] rowStart = new int[h], rowEnd = new int[h];
        int[] cStart = new int[w], cLast = new int[w], colStart = new int[w], colEnd = new int[w];
        Arrays.fill(cStart, -1);
        Arrays.fill(cLast, -1);
        Arrays.fill(colStart, -1);
        Arrays.fill(colEnd, -1);
        for (int y = 0; y < h; y++) {
            int start = -1, last = -1, bestStart = -1, bestEnd = -1;
            for (int x = 0; x < w; x++) {
                if (RasterImage.channelDistance(img.rgb(x, y), bg) < minDistance) {
                    continue;
                }
                if (start < 0 || x - last - 1 > gapH) {
                    if (start >= 0 && last + 1 - start > bestEnd - bestStart) {
                        bestStart = start;
                        bestEnd = last + 1;
                    }
                    start = x;
                }
                last = x;
                if (cStart[x] < 0 || y - cLast[x] - 1 > gapV) {
                    if (cStart[x] >= 0 && cLast[x] + 1 - cStart[x] > colEnd[x] - colStart[x]) {
                        colStart[x] = cStart[x];
                        colEnd[x] = cLast[x] + 1;
                    }
                    cStart[x] = y;
                }
                cLast[x] = y;
            }
            if (start >= 0 && last + 1 - start > bestEnd - bestStart) {
                bestStart = start;
                bestEnd = last + 1;
            }
            rowStart[y] = bestStart;
            rowEnd[y] = bestEnd;
        }
        for (int x = 0; x < w; x++) {
            if (cStart[x] >= 0 && cLast[x] + 1 - cStart[x] > colEnd[x] - colStart[x]) {
                colStart[x] = cStart[x];
                colEnd[x] = cLast[x] + 1;
            }
        }
        return new Spans(rowStart, rowEnd, colStart, colEnd);
    }

    private List<RuleLine> detect(RasterImage img, int background, Spans spans, boolean horizontal) {
        int along = along(img, horizontal);
        int across = horizontal ? img.height() : img.width();
        int minLength = (int) Math.ceil(config.minLengthFraction() * along);
        int maxThick = (int) Math.max(MIN_MAX_THICKNESS, Math.round(config.maxLineThickness() * Math.max(img.width(), img.height()) / 1000.0));
        Run[] runs = horizontal ? runs(img, background, spans.rowStart(), spans.rowEnd(), true, minLength)
                : runs(img, background, spans.colStart(), spans.colEnd(), false, minLength);
        List<int[]> bands = new ArrayList<>();
        int j = 0;
        while (j < across) {
            if (runs[j] == null) {
                j++;
                continue;
            }
            int k = j;
            while (k + 1 < across && runs[k + 1] != null) {
                k++;
            }
            bands.add(new int[] {j, k + 1});
            j = k + 1;
        }
        bands = mergePanels(bands, maxThick);
        List<RuleLine> out = new ArrayList<>();
        for (int[] b : bands) {
            int thick = b[1] - b[0];
            if (thick >= across * 0.97) {
                continue; // fills the image: a photo or a solid background, not a panel
            }
            double start = medianOf(runs, b, true);
            double end = medianOf(runs, b, false);
            int color = runs[strongestRow(runs, b)].color();
            if (thick <= maxThick) {
                double w = 0, wp = 0, chroma = 0;
                int n = 0;
                for (int r = b[0]; r < b[1]; r++) {
                    if (runs[r] != null) {
                        w += runs[r].weight();
                        wp += runs[r].weight() * (r + 0.5);
                        chroma += runs[r].chroma();
                        n++;
                    }
                }
                if (chroma / n > config.maxLineChroma()) {
                    continue; // a coloured data line running straight, not chart furniture
                }
                int[] bare = withoutLabels(img, background, horizontal, b, (int) start, (int) end);
                // Where a label was trimmed off, the end stays on this side of the gap before it.
                int floor = bare[0] > start ? bare[0] - 1 : 0;
                int ceiling = bare[1] < end ? bare[1] + 1 : along;
                double[] ends = halfContrastEnds(img, background, horizontal, b, bare[0], bare[1], gap(img, horizontal) + 2,
                        floor, ceiling);
                out.add(new RuleLine(horizontal, wp / w, ends[0], ends[1], thick, RuleLine.Kind.LINE, color));
            } else {
                int mid = middleRow(runs, b);
                double typical = runs[mid].weight() / runs[mid].length();
                int in0 = b[0] + Math.min(maxThick, thick / 4), in1 = b[1] - Math.min(maxThick, thick / 4);
                int fill = horizontal ? Background.ofRegion(img, (int) start, in0, (int) end, in1)
                        : Background.ofRegion(img, in0, (int) start, in1, (int) end);
                double first = frameCentre(img, horizontal, (int) start, (int) end, b, fill, background, maxThick, true);
                double last = frameCentre(img, horizontal, (int) start, (int) end, b, fill, background, maxThick, false);
                if (Double.isNaN(first)) {
                    first = b[0] + 1 - coverage(runs[b[0]], typical);
                }
                if (Double.isNaN(last)) {
                    last = b[1] - 1 + coverage(runs[b[1] - 1], typical);
                }
                out.add(new RuleLine(horizontal, first, start, end, thick, RuleLine.Kind.PANEL_EDGE, color));
                out.add(new RuleLine(horizontal, last, start, end, thick, RuleLine.Kind.PANEL_EDGE, color));
            }
        }
        return out;
    }


    /** Distance from the panel's fill that makes an edge row part of a frame line drawn around it. */
    private static final int FRAME_CONTRAST = 30;

    /**
     * The centre of a frame line drawn along one edge of a filled panel (matplotlib's bmh style:
     * a grey frame around a light grey face), NaN if the edge has none. The plot area's edge is
     * the frame's centre, not the outer rim of its anti-aliasing: each row counts by how much of
     * it the frame covers, measured against the page outside the frame and against the panel
     * inside it.
     */
    private static double frameCentre(RasterImage img, boolean horizontal, int from, int to, int[] b, int panel, int page,
                                      int maxThick, boolean low) {
        int dir = low ? 1 : -1;
        int edge = low ? b[0] : b[1] - 1;
        int limit = Math.min(maxThick, (b[1] - b[0]) / 4);
        int core = -1, best = FRAME_CONTRAST - 1;
        for (int k = 0; k < limit; k++) {
            int d = RasterImage.channelDistance(rowColour(img, horizontal, from, to, edge + dir * k), panel);
            if (d > best) {
                best = d;
                core = edge + dir * k;
            }
        }
        if (core < 0) {
            return Double.NaN;
        }
        int frame = rowColour(img, horizontal, from, to, core);
        double toPage = RasterImage.channelDistance(frame, page), toPanel = RasterImage.channelDistance(frame, panel);
        if (toPage < FRAME_CONTRAST) {
            return Double.NaN; // the frame is the page's colour: it only narrows the panel
        }
        double w = 0, wp = 0;
        for (int r = edge; r != core + dir * 4; r += dir) {
            if (r < b[0] || r >= b[1]) {
                continue;
            }
            int c = rowColour(img, horizontal, from, to, r);
            boolean outside = (r - core) * dir < 0;
            double cov = r == core ? 1 : outside ? RasterImage.channelDistance(c, page) / toPage
                    : RasterImage.channelDistance(c, panel) / toPanel;
            if (!outside && r != core && cov < 0.05) {
                break;
            }
            cov = Math.min(1, cov);
            w += cov;
            wp += cov * (r + 0.5);
        }
        return wp / w;
    }

    /** The most common colour of one row (or column) between from and to: curves and grid lines crossing it aside. */
    private static int rowColour(RasterImage img, boolean horizontal, int from, int to, int r) {
        return horizontal ? Background.ofRegion(img, from, r, to, r + 1) : Background.ofRegion(img, r, from, r + 1, to);
    }

    /** Rows (or columns) beside a thin band probed for a label's ink: 2 and 3 px off it, skipping its rim. */
    private static final int[] BESIDE = {2, 3};
    /**
     * How many times the line's contrast a label's ink beside it stands out from the page:
     * chart text is drawn darker than grid lines, and a grid line crossing the band in the
     * line's own grey is no label.
     */
    private static final int LABEL_CONTRAST = 2;
    /**
     * A stretch is a label's when at least one in this many of its columns has ink beside the
     * band: a line's have none, while a glyph's middle (the bar of an e, a minus) and JPEG
     * specks by the label have none either.
     */
    private static final int LABEL_INK_SHARE = 3;
    /** Largest share of a line's run that labels trimmed off its two ends may take. */
    private static final double MAX_LABEL_SHARE = 0.2;

    /**
     * A thin line's run with any tick label it runs into trimmed off each end: {start, end}.
     * A label set right against a grid line's end (ggplot2's theme_minimal draws no axis line
     * between them) joins the line across a gap the run bridges, and would put the plot area's
     * edge inside the labels. Across the gap the label's columns have ink beside the band, a
     * line's have none: the run is cut at the last gap before which the whole stretch from the
     * run's end, and the piece just before the gap, are label ink (see {@link #labelCut}). The
     * ink beside counts when grey and darker than the line ({@link #LABEL_CONTRAST}): curves
     * and grid lines crossing the band are neither. Lines that touch their labels stay whole.
     */
    private int[] withoutLabels(RasterImage img, int bg, boolean horizontal, int[] b, int start, int end) {
        int n = end - start;
        if (n <= 0) {
            return new int[] {start, end};
        }
        int across = horizontal ? img.height() : img.width();
        int minDistance = config.minColorDistance();
        int[] strength = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = b[0]; r < b[1]; r++) {
                strength[i] = Math.max(strength[i], RasterImage.channelDistance(at(img, horizontal, start + i, r), bg));
            }
        }
        int[] sorted = strength.clone();
        Arrays.sort(sorted);
        int inkBeside = Math.max(minDistance, LABEL_CONTRAST * sorted[n / 2]);
        boolean[] on = new boolean[n], beside = new boolean[n];
        for (int i = 0; i < n; i++) {
            on[i] = strength[i] >= minDistance;
            for (int d : BESIDE) {
                for (int r : new int[] {b[0] - d, b[1] - 1 + d}) {
                    if (r >= 0 && r < across && isGreyInk(at(img, horizontal, start + i, r), bg, inkBeside)) {
                        beside[i] = true;
                    }
                }
            }
        }
        int maxCut = (int) (MAX_LABEL_SHARE * n);
        int cutStart = labelCut(on, beside, 0, 1, maxCut);
        int cutEnd = labelCut(on, beside, n - 1, -1, maxCut - cutStart);
        return new int[] {start + cutStart, end - cutEnd};
    }

    /**
     * Whether a pixel is grey ink at least {@code minDistance} off the page: a label's, not a
     * coloured curve's (its chroma over a third of its distance from the page, as for every
     * blend of a saturated colour with the page).
     */
    private static boolean isGreyInk(int c, int bg, int minDistance) {
        int d = RasterImage.channelDistance(c, bg);
        return d >= minDistance && 3 * RasterImage.chroma(c) <= d;
    }

    /**
     * How many positions to cut from one end (from {@code first}, walking {@code dir}): up to
     * the end of the last gap, within {@code maxCut}, before which the stretch from the end and
     * the piece since the previous gap both have ink beside the band in at least one of
     * {@link #LABEL_INK_SHARE} columns; 0 if there is none.
     */
    private static int labelCut(boolean[] on, boolean[] beside, int first, int dir, int maxCut) {
        int n = on.length;
        int cut = 0, onAll = 0, besideAll = 0, onPiece = 0, besidePiece = 0;
        int i = first, k = 0;
        while (k < maxCut && i >= 0 && i < n) {
            if (on[i]) {
                onAll++;
                onPiece++;
                besideAll += beside[i] ? 1 : 0;
                besidePiece += beside[i] ? 1 : 0;
                i += dir;
                k++;
                continue;
            }
            int gapEnd = k;
            while (gapEnd < n && !on[first + dir * gapEnd]) {
                gapEnd++;
            }
            if (gapEnd >= n || gapEnd > maxCut) {
                break;
            }
            if (onPiece > 0 && LABEL_INK_SHARE * besidePiece >= onPiece && LABEL_INK_SHARE * besideAll >= onAll) {
                cut = gapEnd;
            }
            onPiece = 0;
            besidePiece = 0;
            k = gapEnd;
            i = first + dir * k;
        }
        return cut;
    }

    /** The pixel at position a along a line and r across it. */
    private static int at(RasterImage img, boolean horizontal, int a, int r) {
        return horizontal ? img.rgb(a, r) : img.rgb(r, a);
    }

    /**
     * A line's two ends where its contrast falls to half its typical contrast, to a fraction of a
     * pixel. The runs' ends count any pixel off the background, so a faint grid line looks short
     * (its anti-aliased end is below the threshold) and JPEG ringing lengthens a dark one; the
     * ends move at most {@code reach} pixels, and within [{@code floor}, {@code ceiling}).
     */
    private static double[] halfContrastEnds(RasterImage img, int bg, boolean horizontal, int[] b, double start,
                                             double end, int reach, int floor, int ceiling) {
        int lo = (int) Math.max(floor, start - reach - 1), hi = (int) Math.min(ceiling, end + reach + 1);
        double[] profile = new double[hi - lo];
        for (int a = lo; a < hi; a++) {
            double s = 0;
            for (int r = b[0]; r < b[1]; r++) {
                s += RasterImage.channelDistance(horizontal ? img.rgb(a, r) : img.rgb(r, a), bg);
            }
            profile[a - lo] = s;
        }
        int q0 = (int) (start + (end - start) / 4) - lo, q1 = (int) (end - (end - start) / 4) - lo;
        if (q1 - q0 < 4) {
            return new double[] {start, end};
        }
        double[] core = Arrays.copyOfRange(profile, q0, q1);
        Arrays.sort(core);
        double half = core[core.length / 2] / 2;
        if (!(half > 0)) {
            return new double[] {start, end};
        }
        return new double[] {crossing(profile, lo, (int) start, half, -1, reach),
                crossing(profile, lo, (int) end - 1, half, 1, reach)};
    }

    /**
     * Where the profile crosses {@code half}, going in direction dir from the pixel {@code from}
     * (the run's last pixel that way): the line's end between the last pixel at or above it and the
     * next one below, interpolated between their centres.
     */
    private static double crossing(double[] profile, int lo, int from, double half, int dir, int reach) {
        int i = from - lo;
        int n = profile.length;
        if (i < 0 || i >= n) {
            return from + (dir > 0 ? 1 : 0);
        }
        int moved = 0;
        while (profile[i] < half && moved < reach && i - dir >= 0 && i - dir < n) {
            i -= dir; // weak pixels at the end: noise or the faint rim
            moved++;
        }
        moved = 0;
        while (i + dir >= 0 && i + dir < n && profile[i + dir] >= half && moved < reach) {
            i += dir; // the line goes on above half its contrast
            moved++;
        }
        double in = Math.min(profile[i], 2 * half);
        double out = i + dir >= 0 && i + dir < n ? Math.min(profile[i + dir], half) : 0;
        double t = in > out ? (in - half) / (in - out) : 0.5;
        return lo + i + 0.5 + dir * t;
    }

    /** How much of an edge row the panel covers, from its mean distance to the background. */
    private static double coverage(Run r, double typical) {
        if (r == null || typical <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, r.weight() / r.length() / typical));
    }

    /** Joins thick bands separated by thin gaps (grid lines in a panel's colour of background). */
    private static List<int[]> mergePanels(List<int[]> bands, int maxThick) {
        List<int[]> out = new ArrayList<>();
        for (int[] b : bands) {
            if (!out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                boolean prevThick = prev[1] - prev[0] > maxThick;
                boolean thick = b[1] - b[0] > maxThick;
                if (b[0] - prev[1] <= maxThick && (prevThick || thick)) {
                    prev[1] = b[1];
                    continue;
                }
            }
            out.add(new int[] {b[0], b[1]});
        }
        return out;
    }

    /** The row of the band most unlike the background: the line's core, not its blurred rim. */
    private static int strongestRow(Run[] runs, int[] b) {
        int best = middleRow(runs, b);
        for (int r = b[0]; r < b[1]; r++) {
            if (runs[r] != null && runs[r].weight() / runs[r].length() > runs[best].weight() / runs[best].length()) {
                best = r;
            }
        }
        return best;
    }

    private static int middleRow(Run[] runs, int[] b) {
        int mid = (b[0] + b[1]) / 2;
        for (int d = 0; d < b[1] - b[0]; d++) {
            if (mid + d < b[1] && runs[mid + d] != null) {
                return mid + d;
            }
            if (mid - d >= b[0] && runs[mid - d] != null) {
                return mid - d;
            }
        }
        return b[0];
    }

    private static double medianOf(Run[] runs, int[] b, boolean start) {
        double[] v = new double[b[1] - b[0]];
        int n = 0;
        for (int r = b[0]; r < b[1]; r++) {
            if (runs[r] != null) {
                v[n++] = start ? runs[r].start() : runs[r].end();
            }
        }
        v = Arrays.copyOf(v, n);
        Arrays.sort(v);
        return v[n / 2];
    }

    /**
     * The runs of the rows (or columns) whose longest span is at least {@code minLength} and
     * dense enough, with their weight, chroma and mean colour; null elsewhere. Each span is
     * summed along its own row or column: a column's pixels lie a row apart, but the cache lines
     * one column walks through still hold the next column's pixels.
     */
    private Run[] runs(RasterImage img, int bg, int[] spanStart, int[] spanEnd, boolean horizontal, int minLength) {
        int minDistance = config.minColorDistance();
        Run[] runs = new Run[spanStart.length];
        for (int j = 0; j < runs.length; j++) {
            int n = spanEnd[j] - spanStart[j];
            if (n < minLength) {
                continue;
            }
            int hits = 0;
            double weight = 0, chroma = 0;
            long red = 0, green = 0, blue = 0;
            for (int a = spanStart[j]; a < spanEnd[j]; a++) {
                int c = horizontal ? img.rgb(a, j) : img.rgb(j, a);
                int dist = RasterImage.channelDistance(c, bg);
                if (dist >= minDistance) {
                    hits++;
                }
                weight += dist;
                chroma += RasterImage.chroma(c);
                red += RasterImage.red(c);
                green += RasterImage.green(c);
                blue += RasterImage.blue(c);
            }
            if (hits < config.minDensity() * n) {
                continue;
            }
            int color = (int) (red / n) << 16 | (int) (green / n) << 8 | (int) (blue / n);
            runs[j] = new Run(spanStart[j], spanEnd[j], weight, chroma / n, color);
        }
        return runs;
    }
}
