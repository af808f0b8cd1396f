package io.github.chartdigitizer.tracing;

import io.github.chartdigitizer.image.RasterImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes traces that are the fringe of another: a JPEG'd or blurred line leaves paler,
 * colour-shifted edges that the segmenter may take for a colour of their own. A trace is a
 * fringe when its colour is a pale blend of the panel with another trace's colour and it lies
 * on that trace over most of its length. Real series of different colours that overlap for a
 * stretch are kept.
 */
public final class Duplicates {
    /** Traces closer than this many pixels in a column coincide there: a fringe lies about half a thick line off its centre. */
    static final double SAME_PX = 4;
    /** Share of the shared columns where two traces must coincide to be one line. */
    static final double SAME_SHARE = 0.8;

    private Duplicates() {
    }

    public static List<PixelTrace> drop(List<PixelTrace> traces, int panel) {
        List<PixelTrace> byStrength = new ArrayList<>(traces);
        byStrength.sort(Comparator.comparingInt((PixelTrace t) -> RasterImage.channelDistance(t.color(), panel)).reversed());
        List<PixelTrace> kept = new ArrayList<>();
        for (PixelTrace t : byStrength) {
            if (kept.stream().noneMatch(k -> paler(t.color(), k.color(), panel) && coincide(k, t))) {
                kept.add(t);
            }
        }
        // Keep the segmenter's order.
        return traces.stream().filter(kept::contains).toList();
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

    private static boolean coincide(PixelTrace a, PixelTrace b) {
        Map<Double, Double> ay = new HashMap<>();
        for (int i = 0; i < a.xs().length; i++) {
            if (a.observed()[i]) {
                ay.put(a.xs()[i], a.ys()[i]);
            }
        }
        int shared = 0, same = 0;
        for (int i = 0; i < b.xs().length; i++) {
            Double y = b.observed()[i] ? ay.get(b.xs()[i]) : null;
            if (y != null) {
                shared++;
                if (Math.abs(y - b.ys()[i]) <= SAME_PX) {
                    same++;
                }
            }
        }
        int bSeen = 0;
        for (boolean o : b.observed()) {
            if (o) {
                bSeen++;
            }
        }
        // b lies on a over most of b: b is a's fringe (a may be longer, b never the real line).
        return bSeen > 0 && shared >= SAME_SHARE * bSeen && same >= SAME_SHARE * shared;
    }
}
