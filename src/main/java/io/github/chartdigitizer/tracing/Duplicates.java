package io.github.chartdigitizer.tracing;

import io.github.chartdigitizer.image.RasterImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Removes traces that are the fringe of another: a JPEG'd or blurred line leaves paler,
 * colour-shifted edges that the segmenter may take for a colour of their own. A trace is a
 * fringe when its colour is a shade of another trace's hue, or a pale blend of the panel with
 * it, and it lies on that trace over most of its length, or is that trace's faint halo beside
 * it. The trace covering more columns gives the line's course; the line's colour is its ink,
 * the strongest of its shades. Real series of different colours that overlap for a stretch are
 * kept, and so is a paler series of a similar hue that runs its own course.
 */
public final class Duplicates {
    /** Traces closer than this many pixels in a column coincide there: a fringe lies about half a thick line off its centre. */
    static final double SAME_PX = 4;
    /** Coincidence distance as a share of the plot height, for thick blurred lines. */
    static final double SAME_SHARE_OF_HEIGHT = 0.02;
    /** Share of the shared columns where two traces must coincide to be one line. */
    static final double SAME_SHARE = 0.8;

    private Duplicates() {
    }

    /**
     * @param plotHeight height of the plot area in pixels: a blurred or downscaled thick line's
     *                   fringes lie up to {@link #SAME_SHARE_OF_HEIGHT} of it off its centre
     * @return one trace per line, in the segmenter's order: where it was traced best, in the
     *         colour of its ink
     */
    public static List<PixelTrace> drop(List<PixelTrace> traces, int panel, double plotHeight) {
        double samePx = Math.max(SAME_PX, SAME_SHARE_OF_HEIGHT * plotHeight);
        List<PixelTrace> byCoverage = new ArrayList<>(traces);
        // A line is traced over more columns than its fringes...
        byCoverage.sort(Comparator.comparingDouble(PixelTrace::coverage)
                .thenComparingInt(t -> RasterImage.channelDistance(t.color(), panel)).reversed());
        // ...unless JPEG or blur paled a thin line over most of its length: its pale shade is
        // then traced over more columns than its ink. Such a line keeps the course of the trace
        // that was seen most (the key) and takes the colour of its ink (the value).
        Map<PixelTrace, PixelTrace> lines = new LinkedHashMap<>();
        for (PixelTrace t : byCoverage) {
            Optional<PixelTrace> course = lines.keySet().stream()
                    .filter(k -> shadeOf(t, lines.get(k), panel, samePx)).findFirst();
            if (course.isEmpty()) {
                lines.put(t, t);
            } else if (faint(lines.get(course.get()).color(), t.color(), panel)) {
                // The line so far was t's halo: t is its ink.
                PixelTrace k = course.get();
                lines.put(k, new PixelTrace(t.color(), k.xs(), k.ys(), k.observed(), k.coverage()));
            }
        }
        // The segmenter's order, each line where its ink was segmented.
        Map<Integer, PixelTrace> byInk = new HashMap<>();
        lines.values().forEach(l -> byInk.put(l.color(), l));
        return traces.stream().map(t -> byInk.get(t.color())).filter(Objects::nonNull).toList();
    }

    /**
     * Whether {@code t} is a fringe of {@code line}: a shade of its hue or a pale blend of it,
     * that lies on it or is its faint halo, hugging it.
     */
    private static boolean shadeOf(PixelTrace t, PixelTrace line, int panel, double samePx) {
        return (sameHue(t.color(), line.color(), panel) || paler(t.color(), line.color(), panel))
                && (coincide(line, t, samePx) || faint(t.color(), line.color(), panel) && hugs(line, t, samePx));
    }

    /**
     * A trace standing out from the panel less than this share as much as a line of its hue is
     * that line's anti-aliased or JPEG halo where it hugs the line (a halo's trace jumps between
     * the line's sides and need not coincide with it). 0.65: JPEG halos of the bench's degraded
     * charts stand at 0.54-0.62 of their line; distinct series of one hue (Set1's purple and pink)
     * at 0.7 and over.
     */
    static final double FAINT_SHARE = 0.65;

    private static boolean faint(int c, int line, int panel) {
        return RasterImage.channelDistance(c, panel) < FAINT_SHARE * RasterImage.channelDistance(line, panel);
    }

    /** Largest hue difference, in degrees, between a line's colour and its fringe's. */
    static final double MAX_HUE_DIFF = 30;

    /**
     * Whether two colours are shades of one hue against the panel: the directions from the
     * panel colour to each differ by at most {@link #MAX_HUE_DIFF} degrees. JPEG and resampling
     * shift a line's edges and core in lightness and saturation, much less in hue.
     */
    private static boolean sameHue(int a, int b, int panel) {
        double[] da = {RasterImage.red(a) - RasterImage.red(panel), RasterImage.green(a) - RasterImage.green(panel),
            RasterImage.blue(a) - RasterImage.blue(panel)};
        double[] db = {RasterImage.red(b) - RasterImage.red(panel), RasterImage.green(b) - RasterImage.green(panel),
            RasterImage.blue(b) - RasterImage.blue(panel)};
        double na = Math.sqrt(da[0] * da[0] + da[1] * da[1] + da[2] * da[2]);
        double nb = Math.sqrt(db[0] * db[0] + db[1] * db[1] + db[2] * db[2]);
        if (na == 0 || nb == 0) {
            return false;
        }
        double cos = (da[0] * db[0] + da[1] * db[1] + da[2] * db[2]) / (na * nb);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos)))) <= MAX_HUE_DIFF;
    }

    /** Largest RGB distance of a fringe colour from the blend of panel and line colour. */
    static final double MAX_BLEND_RESIDUAL = 90;

    /** Whether {@code c} is a blend of the panel with {@code line}, short of the line itself. */
    private static boolean paler(int c, int line, int panel) {
        double[] p = {RasterImage.red(panel), RasterImage.green(panel), RasterImage.blue(panel)};
        double[] dir = {RasterImage.red(line) - p[0], RasterImage.green(line) - p[1], RasterImage.blue(line) - p[2]};
        double[] v = {RasterImage.red(c) - p[0], RasterImage.green(c) - p[1], RasterImage.blue(c) - p[2]};
        double dd = dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2];
        if (dd == 0) {
            return false;
        }
        double a = (v[0] * dir[0] + v[1] * dir[1] + v[2] * dir[2]) / dd;
        double r0 = v[0] - a * dir[0], r1 = v[1] - a * dir[1], r2 = v[2] - a * dir[2];
        return a > 0 && a < 1 && Math.sqrt(r0 * r0 + r1 * r1 + r2 * r2) <= MAX_BLEND_RESIDUAL;
    }

    /** Least share of a halo's columns where it lies near its line. */
    static final double HUG_SHARE = 0.5;
    /**
     * A halo lies within this many coincidence distances of its line. 2: a halo's trace jumps
     * between the line's sides; a paler series of a similar hue 14 px off a line (Okabe-Ito sky
     * blue beside bluish green, 21 degrees apart, at 0.7 scale) runs its own course.
     */
    static final double HUG_DISTANCES = 2;

    /**
     * Whether {@code b} hugs the line {@code a}: on {@link #HUG_SHARE} of the columns where b
     * was seen, a (seen or bridged) lies within {@link #HUG_DISTANCES} coincidence distances.
     */
    private static boolean hugs(PixelTrace a, PixelTrace b, double samePx) {
        Overlap o = overlap(a, b, HUG_DISTANCES * samePx);
        return o.seen() > 0 && o.near() >= HUG_SHARE * o.seen();
    }

    private static boolean coincide(PixelTrace a, PixelTrace b, double samePx) {
        Overlap o = overlap(a, b, samePx);
        // b lies on a over most of b: b is a's fringe (a may be longer, b never the real line).
        return o.seen() > 0 && o.shared() >= SAME_SHARE * o.seen() && o.near() >= SAME_SHARE * o.shared();
    }

    /**
     * Of the columns where b was seen: how many, in how many a has a point too, and in how many
     * of those a lies within {@code within} pixels of b.
     */
    private record Overlap(int seen, int shared, int near) {
    }

    private static Overlap overlap(PixelTrace a, PixelTrace b, double within) {
        // a where it was seen or bridged: a dashed line's dashes and its fringe's need not fall
        // in the same columns.
        Map<Double, Double> ay = new HashMap<>();
        for (int i = 0; i < a.xs().length; i++) {
            ay.put(a.xs()[i], a.ys()[i]);
        }
        int seen = 0, shared = 0, near = 0;
        for (int i = 0; i < b.xs().length; i++) {
            if (b.observed()[i]) {
                seen++;
                Double y = ay.get(b.xs()[i]);
                if (y != null) {
                    shared++;
                    if (Math.abs(y - b.ys()[i]) <= within) {
                        near++;
                    }
                }
            }
        }
        return new Overlap(seen, shared, near);
    }
}
