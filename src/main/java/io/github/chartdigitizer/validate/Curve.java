package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.Series;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A traced line in normalised display coordinates ({@link AxisView#norm}), for measuring.
 * Between points it is straight in display space, as plotting libraries draw it (see
 * {@code output/Sampling}).
 */
final class Curve {
    private final Series series;
    private final BasicColor color;
    private final double[] xs;
    private final double[] ys;

    private Curve(Series series, double[] xs, double[] ys) {
        this.series = series;
        this.color = BasicColor.nearest(series.color());
        this.xs = xs;
        this.ys = ys;
    }

    /** The series' points that the axes can show, sorted by x; empty with fewer than 2. */
    static Optional<Curve> of(Series s, AxisView x, AxisView y) {
        double[][] pts = s.points().stream()
                .map(p -> new double[] {x.norm(p.x()).orElse(Double.NaN), y.norm(p.y()).orElse(Double.NaN)})
                .filter(p -> Double.isFinite(p[0]) && Double.isFinite(p[1]))
                .sorted((a, b) -> Double.compare(a[0], b[0]))
                .toArray(double[][]::new);
        if (pts.length < 2) {
            return Optional.empty();
        }
        return Optional.of(new Curve(s, Arrays.stream(pts).mapToDouble(p -> p[0]).toArray(),
                Arrays.stream(pts).mapToDouble(p -> p[1]).toArray()));
    }

    Series series() {
        return series;
    }

    BasicColor color() {
        return color;
    }

    /** "series 1 (#1f77b4, blue)". */
    String label() {
        return series.name() + " (" + series.color() + ", " + color.key() + ")";
    }

    double first() {
        return xs[0];
    }

    double last() {
        return xs[xs.length - 1];
    }

    /**
     * The line's height at {@code x}: interpolated inside its range; within {@code reach} beyond
     * an end, extended along the slope of its last {@code reach} (the frame often hides the end
     * pixels of a line); empty further out.
     */
    OptionalDouble yAt(double x, double reach) {
        if (x >= first() && x <= last()) {
            int i = Arrays.binarySearch(xs, x);
            if (i >= 0) {
                return OptionalDouble.of(ys[i]);
            }
            int hi = -i - 1, lo = hi - 1;
            double t = (x - xs[lo]) / (xs[hi] - xs[lo]);
            return OptionalDouble.of(ys[lo] + t * (ys[hi] - ys[lo]));
        }
        if (x < first() && first() - x <= reach) {
            return OptionalDouble.of(extend(x, first(), first() + reach));
        }
        if (x > last() && x - last() <= reach) {
            return OptionalDouble.of(extend(x, last() - reach, last()));
        }
        return OptionalDouble.empty();
    }

    /** Least-squares line through the points in [from, to], evaluated at x. */
    private double extend(double x, double from, double to) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] >= from && xs[i] <= to) {
                sx += xs[i];
                sy += ys[i];
                sxx += xs[i] * xs[i];
                sxy += xs[i] * ys[i];
                n++;
            }
        }
        double den = n * sxx - sx * sx;
        if (n < 2 || den <= 0) {
            return x < first() ? ys[0] : ys[ys.length - 1];
        }
        double slope = (n * sxy - sx * sy) / den;
        return (sy - slope * sx) / n + slope * x;
    }

    /** Shortest distance from (x, y) to the line drawn through the points. */
    double distance(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < xs.length; i++) {
            double dx = xs[i + 1] - xs[i], dy = ys[i + 1] - ys[i];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - xs[i]) * dx + (y - ys[i]) * dy) / len2));
            best = Math.min(best, Math.hypot(x - (xs[i] + t * dx), y - (ys[i] + t * dy)));
        }
        return best;
    }

    /** Extreme heights of the raw points: {min, x of min, max, x of max}. */
    double[] extremes() {
        int lo = 0, hi = 0;
        for (int i = 1; i < ys.length; i++) {
            if (ys[i] < ys[lo]) {
                lo = i;
            }
            if (ys[i] > ys[hi]) {
                hi = i;
            }
        }
        return new double[] {ys[lo], xs[lo], ys[hi], xs[hi]};
    }

    /**
     * The line averaged into {@code bins} equal x bins over its own range: {x centres, mean
     * heights}. Empty bins (gaps in the trace) are filled from their neighbours.
     */
    Profile profile(int bins) {
        double[] sum = new double[bins];
        int[] count = new int[bins];
        double w = (last() - first()) / bins;
        for (int i = 0; i < xs.length; i++) {
            int b = w == 0 ? 0 : (int) Math.min(bins - 1, Math.floor((xs[i] - first()) / w));
            sum[b] += ys[i];
            count[b]++;
        }
        double[] cx = new double[bins];
        double[] my = new double[bins];
        for (int b = 0; b < bins; b++) {
            cx[b] = first() + (b + 0.5) * w;
            my[b] = count[b] > 0 ? sum[b] / count[b] : Double.NaN;
        }
        for (int b = 0; b < bins; b++) {
            if (Double.isNaN(my[b])) {
                OptionalDouble y = yAt(cx[b], 0);
                my[b] = y.orElse(b > 0 ? my[b - 1] : ys[0]);
            }
        }
        return new Profile(cx, my, w);
    }

    /**
     * A line averaged into bins.
     *
     * @param xs    bin centres
     * @param ys    mean heights
     * @param width bin width
     */
    record Profile(double[] xs, double[] ys, double width) {
        int size() {
            return xs.length;
        }

        /** Mean |slope| over bins [from, to): total |change| over the x distance. */
        double meanAbsSlope(int from, int to) {
            double sum = 0;
            for (int i = from; i + 1 < to; i++) {
                sum += Math.abs(ys[i + 1] - ys[i]);
            }
            double dx = (to - 1 - from) * width;
            return dx <= 0 ? 0 : sum / dx;
        }

        /** Total up-and-down movement over bins [from, to). */
        double travel(int from, int to) {
            double sum = 0;
            for (int i = from; i + 1 < to; i++) {
                sum += Math.abs(ys[i + 1] - ys[i]);
            }
            return sum;
        }
    }

    double firstY() {
        return ys[0];
    }

    double lastY() {
        return ys[ys.length - 1];
    }
}
