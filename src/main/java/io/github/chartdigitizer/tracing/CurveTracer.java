package io.github.chartdigitizer.tracing;

import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.segmentation.SeriesMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One y per pixel column: the alpha-weighted centre of a run of line pixels. Where a column
 * holds several runs (the line doubling back, a legend swatch, another curve's crossing) the run
 * nearest the median of the neighbouring single-run picks continues the line. A steep segment
 * is one tall run whose centre is the curve's centre in that column.
 */
public final class CurveTracer {
    private final TraceConfig config;

    public CurveTracer(TraceConfig config) {
        this.config = config;
    }

    /** One run of mask pixels in a column: its alpha-weighted centre row and summed alpha. */
    record Run(double center, double weight) {
    }

    public Optional<PixelTrace> trace(SeriesMask mask) {
        PixelBox box = mask.box();
        int w = box.width();
        List<List<Run>> cols = dropFaint(columnRuns(mask));
        double[] pick = new double[w];
        Arrays.fill(pick, Double.NaN);
        // First the unambiguous columns.
        for (int i = 0; i < w; i++) {
            if (cols.get(i).size() == 1) {
                pick[i] = cols.get(i).get(0).center();
            }
        }
        resolveAmbiguous(cols, pick);
        removeSpikes(pick, box.height());
        int seen = 0;
        for (double p : pick) {
            if (!Double.isNaN(p)) {
                seen++;
            }
        }
        double coverage = (double) seen / w;
        if (seen < 2 || coverage < config.minCoverage()) {
            return Optional.empty();
        }
        int maxGap = (int) Math.round(config.maxGapShare() * w);
        List<double[]> pts = new ArrayList<>();
        List<Boolean> obs = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < w; i++) {
            if (Double.isNaN(pick[i])) {
                continue;
            }
            if (prev >= 0 && i - prev > 1 && i - prev - 1 <= maxGap) {
                double[] corner = corner(pick, prev, i);
                for (int k = prev + 1; k < i; k++) {
                    pts.add(new double[] {box.left() + k + 0.5, bridged(pick, prev, i, corner, k)});
                    obs.add(false);
                }
            }
            pts.add(new double[] {box.left() + i + 0.5, pick[i]});
            obs.add(true);
            prev = i;
        }
        return Optional.of(PixelTrace.of(mask.color(), pts, obs, coverage));
    }

    /**
     * Where the line turns inside a gap, if it does: the meeting point {x, y} of the two seen
     * stretches on either side, continued straight. A dashed polyline loses its vertices in the
     * gaps between dashes, and a straight bridge cuts the corner. Null when either side is too
     * short to give a direction, the directions barely differ, or they meet outside the gap or
     * further from the straight bridge than the gap is wide.
     */
    static double[] corner(double[] pick, int a, int b) {
        OptionalDouble leftSlope = slope(pick, a, -1), rightSlope = slope(pick, b, 1);
        if (leftSlope.isEmpty() || rightSlope.isEmpty()) {
            return null;
        }
        double sl = leftSlope.getAsDouble(), sr = rightSlope.getAsDouble();
        if (Math.abs(sl - sr) < MIN_TURN) {
            return null;
        }
        double x = (pick[b] - pick[a] + sl * a - sr * b) / (sl - sr);
        if (!(x > a + 0.5 && x < b - 0.5)) {
            return null;
        }
        double y = pick[a] + sl * (x - a);
        double straight = pick[a] + (x - a) / (b - a) * (pick[b] - pick[a]);
        return Math.abs(y - straight) <= b - a ? new double[] {x, y} : null;
    }

    /** The y at column k of the bridge from a to b: through the corner when there is one. */
    private static double bridged(double[] pick, int a, int b, double[] corner, int k) {
        if (corner == null) {
            return pick[a] + (double) (k - a) / (b - a) * (pick[b] - pick[a]);
        }
        if (k <= corner[0]) {
            return pick[a] + (k - a) / (corner[0] - a) * (corner[1] - pick[a]);
        }
        return corner[1] + (k - corner[0]) / (b - corner[0]) * (pick[b] - corner[1]);
    }

    /**
     * The slope in px per column of the seen stretch ending (dir -1, going left) or starting
     * (dir 1, going right) at column from: least squares over up to {@link #SIDE_POINTS}
     * consecutive seen columns; empty when fewer than {@link #MIN_SIDE_POINTS}.
     */
    private static OptionalDouble slope(double[] pick, int from, int dir) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int k = from; k >= 0 && k < pick.length && n < SIDE_POINTS && !Double.isNaN(pick[k]); k += dir) {
            sx += k;
            sy += pick[k];
            sxx += (double) k * k;
            sxy += k * pick[k];
            n++;
        }
        double den = n * sxx - sx * sx;
        return n < MIN_SIDE_POINTS || den == 0 ? OptionalDouble.empty() : OptionalDouble.of((n * sxy - sx * sy) / den);
    }

    /** Seen columns beside a gap that give its sides' directions. */
    static final int SIDE_POINTS = 5;
    static final int MIN_SIDE_POINTS = 4;
    /** Least change of slope (px per column) for a corner: about 17 degrees near flat. */
    static final double MIN_TURN = 0.3;

    /**
     * The runs without those much lighter than the line's typical run: the pale rim of
     * another line, or of text, can pass for a faint blend of this line's colour, and where
     * this line has a gap such a run would be the column's only one and be taken.
     */
    static List<List<Run>> dropFaint(List<List<Run>> cols) {
        double[] weights = cols.stream().filter(c -> c.size() == 1).mapToDouble(c -> c.get(0).weight()).sorted().toArray();
        if (weights.length == 0) {
            return cols;
        }
        double limit = FAINT_RUN * weights[weights.length / 2];
        List<List<Run>> out = new ArrayList<>(cols.size());
        for (List<Run> c : cols) {
            out.add(c.stream().allMatch(r -> r.weight() >= limit) ? c : c.stream().filter(r -> r.weight() >= limit).toList());
        }
        return out;
    }

    /**
     * Share of the line's median run weight below which a run is a faint rim, not the line.
     * 0.2: on the bench 14 series came closer (p0018's Server 2 by 0.24% of the span) and 3
     * moved away by at most 0.02%; from 0.3 on, spurious series and misses appear.
     */
    static final double FAINT_RUN = 0.2;

    /**
     * Each column's runs of mask pixels, top to bottom: a run ends at two empty rows, and runs
     * lighter than the minimum column weight are dropped. The mask is walked row by row, every
     * column's run kept open at once: walking it column by column misses the cache on every
     * pixel of a wide mask.
     */
    private List<List<Run>> columnRuns(SeriesMask mask) {
        PixelBox box = mask.box();
        int width = box.width(), height = box.height();
        float[] alpha = mask.alpha();
        double min = config.minColumnWeight();
        double[] w = new double[width], wy = new double[width];
        int[] gap = new int[width];
        List<List<Run>> cols = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cols.add(new ArrayList<>(2));
        }
        for (int r = 0; r <= height; r++) {
            double center = box.top() + r + 0.5;
            for (int i = 0; i < width; i++) {
                float a = r < height ? alpha[r * width + i] : 0;
                if (a > 0) {
                    w[i] += a;
                    wy[i] += a * center;
                    gap[i] = 0;
                } else if (w[i] > 0 && ++gap[i] > 1) {
                    if (w[i] >= min) {
                        cols.get(i).add(new Run(wy[i] / w[i], w[i]));
                    }
                    w[i] = 0;
                    wy[i] = 0;
                    gap[i] = 0;
                }
            }
        }
        for (int i = 0; i < width; i++) {
            if (w[i] >= min) {
                cols.get(i).add(new Run(wy[i] / w[i], w[i]));
            }
        }
        return cols;
    }

    /**
     * Columns with several runs take the run nearest the line as it arrives there: the median
     * of the decided columns within the window, else the nearest decided column on either
     * side, growing outwards from the unambiguous columns. A stretch where a legend swatch or
     * another curve doubles the colour is thus bridged by the line's own continuation, not by
     * whichever run is heavier.
     */
    private void resolveAmbiguous(List<List<Run>> cols, double[] pick) {
        int w = pick.length;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < w; k++) {
                    int i = pass == 0 ? k : w - 1 - k;
                    if (!Double.isNaN(pick[i]) || cols.get(i).size() < 2) {
                        continue;
                    }
                    double ref = neighbourMedian(pick, i);
                    if (Double.isNaN(ref)) {
                        int from = pass == 0 ? i - 1 : i + 1;
                        if (from < 0 || from >= w || Double.isNaN(pick[from])) {
                            continue;
                        }
                        ref = pick[from];
                    }
                    pick[i] = nearest(cols.get(i), ref).center();
                    changed = true;
                }
            }
        }
        // Ambiguous columns no decided column reaches (every column doubled): heaviest run.
        for (int i = 0; i < w; i++) {
            if (Double.isNaN(pick[i]) && cols.get(i).size() > 1) {
                Run best = cols.get(i).get(0);
                for (Run r : cols.get(i)) {
                    if (r.weight() > best.weight()) {
                        best = r;
                    }
                }
                pick[i] = best.center();
            }
        }
    }

    /**
     * Drops short excursions: a stretch of at most {@link TraceConfig#maxSpikeShare()} of the
     * width that jumps away from the line and back (both jumps over {@link TraceConfig#jumpShare()}
     * of the plot height, the line on either side continuing within that distance). A curve's
     * steep stretch goes one way; a swatch, a crossing or JPEG debris goes out and comes back.
     * The columns are emptied and later bridged.
     */
    private void removeSpikes(double[] pick, int height) {
        double jump = Math.max(MIN_JUMP_PX, config.jumpShare() * height);
        int maxLen = Math.max(1, (int) Math.round(config.maxSpikeShare() * pick.length));
        int prev = -1;
        for (int i = 0; i < pick.length; i++) {
            if (Double.isNaN(pick[i])) {
                continue;
            }
            if (prev >= 0 && Math.abs(pick[i] - pick[prev]) > jump) {
                // Out at i: look for the way back within maxLen columns.
                int last = i;
                for (int j = i + 1; j < pick.length && j - i <= maxLen; j++) {
                    if (Double.isNaN(pick[j])) {
                        continue;
                    }
                    if (Math.abs(pick[j] - pick[last]) > jump && Math.abs(pick[j] - pick[prev]) <= jump) {
                        for (int k = i; k < j; k++) {
                            pick[k] = Double.NaN;
                        }
                        i = j;
                        break;
                    }
                    last = j;
                }
            }
            prev = i;
        }
    }

    /** Jumps smaller than this many pixels are never spikes. */
    private static final double MIN_JUMP_PX = 6;

    private static Run nearest(List<Run> rs, double ref) {
        Run best = rs.get(0);
        for (Run r : rs) {
            if (Math.abs(r.center() - ref) < Math.abs(best.center() - ref)) {
                best = r;
            }
        }
        return best;
    }

    private double neighbourMedian(double[] pick, int i) {
        double[] v = new double[2 * config.window()];
        int n = 0;
        for (int k = Math.max(0, i - config.window()); k <= Math.min(pick.length - 1, i + config.window()); k++) {
            if (k != i && !Double.isNaN(pick[k])) {
                v[n++] = pick[k];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(v, 0, n);
        return v[n / 2];
    }
}
