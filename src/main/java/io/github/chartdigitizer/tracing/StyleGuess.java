package io.github.chartdigitizer.tracing;

import io.github.chartdigitizer.model.LineStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Guesses how a traced line is drawn from where it was seen and how thick it was.
 * <ul>
 *   <li>Markers make the line locally much thicker, again and again along it.</li>
 *   <li>Dashes and dots leave many gaps of about one length, at a steady rhythm; a line crossed
 *       by others has a few gaps of all lengths. Dots are about as long as the line is thick,
 *       dashes several times longer.</li>
 * </ul>
 */
public final class StyleGuess {
    /** Fewest thick bumps along a line for markers. */
    static final int MIN_MARKERS = 4;
    /** A bump is at least this many times the line's median thickness. */
    static final double MARKER_THICKNESS = 2.0;
    /** Fewest gaps for a dashed or dotted line. */
    static final int MIN_GAPS = 6;
    /** Least share of the line's span that lies in gaps. */
    static final double MIN_GAP_SHARE = 0.12;
    /** Share of gaps (and of dashes) within a factor of two of the median length: a rhythm. */
    static final double MIN_REGULAR = 0.7;
    /** Dots are at most this many line widths long. */
    static final double MAX_DOT = 1.8;

    private StyleGuess() {
    }

    /**
     * @param observed per trace point, whether the line was seen there (not bridged)
     * @param width    per trace point, the line's thickness (NaN where not seen)
     */
    public static LineStyle of(boolean[] observed, double[] width) {
        double typical = median(Arrays.stream(width).filter(w -> !Double.isNaN(w)).toArray());
        if (!(typical > 0)) {
            return LineStyle.SOLID;
        }
        if (bumps(width, MARKER_THICKNESS * typical) >= MIN_MARKERS) {
            return LineStyle.MARKERS;
        }
        int first = 0, last = observed.length - 1;
        while (first <= last && !observed[first]) {
            first++;
        }
        while (last >= first && !observed[last]) {
            last--;
        }
        List<Integer> gaps = new ArrayList<>(), dashes = new ArrayList<>();
        int run = 0;
        boolean seen = true;
        for (int i = first; i <= last + 1; i++) {
            boolean o = i <= last && observed[i];
            if (i <= last && o == seen) {
                run++;
                continue;
            }
            (seen ? dashes : gaps).add(run);
            seen = o;
            run = 1;
        }
        int span = last - first + 1;
        int gapTotal = gaps.stream().mapToInt(Integer::intValue).sum();
        if (gaps.size() < MIN_GAPS || gapTotal < MIN_GAP_SHARE * span || !regular(gaps) || !regular(dashes)) {
            return LineStyle.SOLID;
        }
        double dash = median(dashes.stream().mapToDouble(Integer::doubleValue).toArray());
        return dash <= MAX_DOT * typical ? LineStyle.DOTTED : LineStyle.DASHED;
    }

    /** Runs of consecutive points thicker than {@code limit}. */
    private static int bumps(double[] width, double limit) {
        int n = 0;
        boolean in = false;
        for (double w : width) {
            boolean thick = w > limit;
            if (thick && !in) {
                n++;
            }
            in = thick;
        }
        return n;
    }

    private static boolean regular(List<Integer> lengths) {
        if (lengths.isEmpty()) {
            return false;
        }
        double m = median(lengths.stream().mapToDouble(Integer::doubleValue).toArray());
        long near = lengths.stream().filter(l -> l >= m / 2 && l <= m * 2).count();
        return near >= MIN_REGULAR * lengths.size();
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
