package io.github.chartdigitizer.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bridges the stretches where a line is hidden under another one drawn on top of it. A gap
 * wider than the tracer bridges on its own is filled when, over most of the gap, another
 * trace runs where the straight bridge would go: the hidden line is then within a line width
 * of the one on top, whose y is used (a straight bridge cuts corners).
 */
public final class Occlusion {
    /** Another trace within this many pixels of the bridge covers the hidden line there. */
    static final double COVER_PX = 6;
    /** Share of the gap's columns that must be covered. */
    static final double COVER_SHARE = 0.7;

    private Occlusion() {
    }

    public static List<PixelTrace> bridge(List<PixelTrace> traces) {
        List<Map<Double, Double>> seen = traces.stream().map(Occlusion::observed).toList();
        List<PixelTrace> bridged = new ArrayList<>();
        for (int i = 0; i < traces.size(); i++) {
            bridged.add(bridgeOne(traces.get(i), others(seen, i)));
        }
        List<Map<Double, Double>> drawn = bridged.stream().map(Occlusion::points).toList();
        List<PixelTrace> out = new ArrayList<>();
        for (int i = 0; i < bridged.size(); i++) {
            out.add(continued(bridged.get(i), others(drawn, i)));
        }
        return out;
    }

    /** The traces' maps but the i-th. */
    private static List<Map<Double, Double>> others(List<Map<Double, Double>> maps, int i) {
        List<Map<Double, Double>> out = new ArrayList<>(maps);
        out.remove(i);
        return out;
    }

    /**
     * A line whose end goes under another: where its first or last point lies on another
     * trace (within {@link #COVER_PX}) that runs on beyond it, the line is hidden under that
     * trace from there (p0084's AdamW, under Sophia for its last 14%), and goes on along it, as
     * bridged points, as far as that trace goes. Lines drawn over a shared range (as training
     * curves are) end together; one that stops on top of another is taken to go on under it.
     */
    private static PixelTrace continued(PixelTrace t, List<Map<Double, Double>> others) {
        int n = t.xs().length;
        if (n == 0) {
            return t;
        }
        List<double[]> before = hiddenPart(t.xs()[0], t.ys()[0], t.observed()[0], -1, others);
        List<double[]> after = hiddenPart(t.xs()[n - 1], t.ys()[n - 1], t.observed()[n - 1], 1, others);
        if (before.isEmpty() && after.isEmpty()) {
            return t;
        }
        List<double[]> pts = new ArrayList<>();
        List<Boolean> obs = new ArrayList<>();
        for (int k = before.size() - 1; k >= 0; k--) {
            pts.add(before.get(k));
            obs.add(false);
        }
        for (int i = 0; i < n; i++) {
            pts.add(new double[] {t.xs()[i], t.ys()[i]});
            obs.add(t.observed()[i]);
        }
        for (double[] p : after) {
            pts.add(p);
            obs.add(false);
        }
        return PixelTrace.of(t.color(), pts, obs, t.coverage());
    }

    /**
     * The points, going outwards ({@code dir} -1 left, 1 right) from a seen end point, of the
     * nearest other trace that the end lies on; empty when it lies on none, or none goes on.
     */
    private static List<double[]> hiddenPart(double x, double y, boolean seen, int dir, List<Map<Double, Double>> others) {
        List<double[]> out = new ArrayList<>();
        if (!seen) {
            return out;
        }
        Map<Double, Double> under = null;
        double best = COVER_PX;
        for (Map<Double, Double> o : others) {
            Double oy = o.get(x);
            if (oy != null && Math.abs(oy - y) <= best && o.containsKey(x + dir)) {
                best = Math.abs(oy - y);
                under = o;
            }
        }
        if (under == null) {
            return out;
        }
        for (double k = x + dir; under.containsKey(k); k += dir) {
            out.add(new double[] {k, under.get(k)});
        }
        return out;
    }

    /** Every point of a trace, seen or bridged, by column. */
    private static Map<Double, Double> points(PixelTrace t) {
        Map<Double, Double> m = new HashMap<>();
        for (int i = 0; i < t.xs().length; i++) {
            m.put(t.xs()[i], t.ys()[i]);
        }
        return m;
    }

    private static PixelTrace bridgeOne(PixelTrace t, List<Map<Double, Double>> others) {
        List<double[]> pts = new ArrayList<>();
        List<Boolean> obs = new ArrayList<>();
        for (int i = 0; i < t.xs().length; i++) {
            if (i > 0 && t.xs()[i] - t.xs()[i - 1] > 1.5) {
                fill(t.xs()[i - 1], t.ys()[i - 1], t.xs()[i], t.ys()[i], others, pts, obs);
            }
            pts.add(new double[] {t.xs()[i], t.ys()[i]});
            obs.add(t.observed()[i]);
        }
        if (pts.size() == t.xs().length) {
            return t;
        }
        return PixelTrace.of(t.color(), pts, obs, t.coverage());
    }

    /** Fills the columns strictly between x0 and x1 if another trace covers the bridge. */
    private static void fill(double x0, double y0, double x1, double y1, List<Map<Double, Double>> others,
                             List<double[]> pts, List<Boolean> obs) {
        List<double[]> bridge = new ArrayList<>();
        int covered = 0, n = 0;
        for (double x = x0 + 1; x < x1 - 0.5; x += 1) {
            n++;
            double straight = y0 + (x - x0) / (x1 - x0) * (y1 - y0);
            double best = Double.NaN;
            for (Map<Double, Double> o : others) {
                Double oy = o.get(x);
                if (oy != null && Math.abs(oy - straight) <= COVER_PX
                        && (Double.isNaN(best) || Math.abs(oy - straight) < Math.abs(best - straight))) {
                    best = oy;
                }
            }
            if (!Double.isNaN(best)) {
                covered++;
            }
            bridge.add(new double[] {x, Double.isNaN(best) ? straight : best});
        }
        if (n > 0 && covered >= COVER_SHARE * n) {
            for (double[] p : bridge) {
                pts.add(p);
                obs.add(false);
            }
        }
    }

    private static Map<Double, Double> observed(PixelTrace t) {
        Map<Double, Double> m = new HashMap<>();
        for (int i = 0; i < t.xs().length; i++) {
            if (t.observed()[i]) {
                m.put(t.xs()[i], t.ys()[i]);
            }
        }
        return m;
    }
}
