package io.github.chartdigitizer.output;

import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * Which x values a series is reported at. Interpolation is linear in display space (log10 on a
 * log axis), which is how plotting libraries draw straight segments between points.
 */
public sealed interface Sampling {
    /** Every traced pixel column (the default). */
    record EveryColumn() implements Sampling {
    }

    /** N evenly spaced x values (in display space) across the series' own x range. */
    record Evenly(int count) implements Sampling {
        public Evenly {
            if (count < 2) {
                throw new IllegalArgumentException("--points must be at least 2: " + count);
            }
        }
    }

    /** The given x values; those outside the series' x range are left out. */
    record AtX(List<Double> xs) implements Sampling {
        public AtX {
            if (xs.isEmpty()) {
                throw new IllegalArgumentException("--at needs at least one x value");
            }
            xs = List.copyOf(xs);
        }
    }

    /** Applies a sampling to one series. */
    static Series apply(Sampling s, Series series, AxisCalibration x, AxisCalibration y) {
        List<DataPoint> pts = series.points();
        if (s instanceof EveryColumn || pts.size() < 2) {
            return series;
        }
        double lo = x.scale().toDisplay(pts.get(0).x());
        double hi = x.scale().toDisplay(pts.get(pts.size() - 1).x());
        List<Double> targets = new ArrayList<>();
        if (s instanceof Evenly e) {
            for (int i = 0; i < e.count(); i++) {
                targets.add(x.scale().fromDisplay(lo + (hi - lo) * i / (e.count() - 1)));
            }
        } else if (s instanceof AtX a) {
            targets.addAll(a.xs());
        }
        List<DataPoint> out = new ArrayList<>();
        for (double tx : targets) {
            interpolate(pts, tx, x, y).ifPresent(out::add);
        }
        return series.withPoints(out);
    }

    private static java.util.Optional<DataPoint> interpolate(List<DataPoint> pts, double tx, AxisCalibration x,
                                                             AxisCalibration y) {
        if (!(tx >= pts.get(0).x() && tx <= pts.get(pts.size() - 1).x())) {
            return java.util.Optional.empty();
        }
        int lo = 0, hi = pts.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (pts.get(mid).x() <= tx) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        DataPoint a = pts.get(lo), b = pts.get(hi);
        double da = x.scale().toDisplay(a.x()), db = x.scale().toDisplay(b.x()), dt = x.scale().toDisplay(tx);
        double t = db == da ? 0 : (dt - da) / (db - da);
        double ya = y.scale().toDisplay(a.y()), yb = y.scale().toDisplay(b.y());
        return java.util.Optional.of(new DataPoint(tx, y.scale().fromDisplay(ya + t * (yb - ya))));
    }
}
