package io.github.chartdigitizer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.testsupport.Truth.AxisTruth;
import io.github.chartdigitizer.testsupport.Truth.SeriesTruth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * Scores predicted series against truth the way chartbench's {@code score.py} does
 * ({@code compare()} and the greedy matching in {@code score_chart()}). Everything is in the
 * display space of the truth axes (log10 on a log axis) and errors are shares of the truth
 * y span, so 0.01 means 1% of the axis.
 */
public final class TruthComparison {
    /** Positions sampled along a truth series (score.py N_SAMPLES). */
    static final int SAMPLES = 200;
    /** Prediction gaps wider than this share of the x span are not bridged (GAP_FRAC)... */
    static final double GAP_SHARE = 0.03;
    /** ...unless the truth itself has wider point spacing, times this (GAP_TRUTH_FACTOR). */
    static final double GAP_TRUTH_FACTOR = 1.5;
    /** Flat extension of a prediction beyond its ends, share of the x span (END_TOL_FRAC). */
    static final double END_SHARE = 0.005;
    /** The bench's pass bar: coverage at least this (PASS_COVERAGE)... */
    public static final double PASS_COVERAGE = 0.9;
    /** ...and mean error at most this share of the y span (PASS_ERROR). */
    public static final double PASS_ERROR = 0.01;

    private TruthComparison() {
    }

    /**
     * @param coverage  share of the 200 truth positions where the prediction has a value, 0..1
     * @param meanError mean |y_pred - y_true| / y span at those positions, display space; NaN
     *                  when nothing is covered
     */
    public record Result(double coverage, double meanError) {
        /** The bench's bar for a truth series. */
        public boolean passes() {
            return coverage >= PASS_COVERAGE && meanError <= PASS_ERROR;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "coverage %.3f, mean error %.4f of span", coverage, meanError);
        }
    }

    /** A truth series and the predicted series it was matched to (indices into the inputs). */
    public record Match(int truth, int predicted, Result result) {
    }

    /** Compares one predicted series (data units) with one truth series. */
    public static Result compare(SeriesTruth truth, List<DataPoint> predicted, AxisTruth x, AxisTruth y) {
        Polyline t = Polyline.of(truth.points(), x, y);
        Polyline p = Polyline.of(predicted, x, y);
        if (t.xs.length == 0) {
            return new Result(0, Double.NaN);
        }
        double xSpan = x.displaySpan();
        double ySpan = y.displaySpan();
        double gap = Math.max(GAP_SHARE * xSpan, GAP_TRUTH_FACTOR * t.maxGap());
        double endTol = END_SHARE * xSpan;
        double a = t.xs[0];
        double b = t.xs[t.xs.length - 1];
        int covered = 0;
        double sum = 0;
        for (int k = 0; k < SAMPLES; k++) {
            double at = a + (b - a) * k / (SAMPLES - 1);
            double yt = t.at(at, Double.POSITIVE_INFINITY, 0);
            double yp = p.at(at, gap, endTol);
            if (Double.isNaN(yt) || Double.isNaN(yp)) {
                continue;
            }
            covered++;
            sum += Math.abs(yp - yt) / ySpan;
        }
        return new Result((double) covered / SAMPLES, covered == 0 ? Double.NaN : sum / covered);
    }

    /**
     * Greedy matching on (1 - coverage) + mean error, cheapest pair first; each predicted
     * series is used at most once and a pair with no coverage is never matched.
     *
     * @return per truth series (same order), its match if it has one
     */
    public static List<Optional<Match>> match(Truth truth, List<List<DataPoint>> predicted) {
        List<Match> candidates = new ArrayList<>();
        for (int i = 0; i < truth.series().size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                Result r = compare(truth.series().get(i), predicted.get(j), truth.x(), truth.y());
                if (r.coverage() > 0 && !Double.isNaN(r.meanError())) {
                    candidates.add(new Match(i, j, r));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Match m) -> 1 - m.result().coverage() + m.result().meanError())
                .thenComparingInt(Match::truth).thenComparingInt(Match::predicted));
        List<Optional<Match>> out = new ArrayList<>();
        truth.series().forEach(s -> out.add(Optional.empty()));
        boolean[] used = new boolean[predicted.size()];
        for (Match m : candidates) {
            if (out.get(m.truth()).isEmpty() && !used[m.predicted()]) {
                out.set(m.truth(), Optional.of(m));
                used[m.predicted()] = true;
            }
        }
        return out;
    }

    /** A curve in display space: x sorted, equal x averaged, unrepresentable points dropped. */
    private static final class Polyline {
        final double[] xs;
        final double[] ys;

        private Polyline(double[] xs, double[] ys) {
            this.xs = xs;
            this.ys = ys;
        }

        static Polyline of(List<DataPoint> points, AxisTruth x, AxisTruth y) {
            List<double[]> pts = new ArrayList<>();
            for (DataPoint p : points) {
                double dx = x.display(p.x());
                double dy = y.display(p.y());
                if (Double.isFinite(dx) && Double.isFinite(dy)) {
                    pts.add(new double[] {dx, dy});
                }
            }
            pts.sort(Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1]));
            List<double[]> merged = new ArrayList<>();
            for (int i = 0; i < pts.size(); ) {
                int j = i;
                double acc = 0;
                while (j < pts.size() && pts.get(j)[0] == pts.get(i)[0]) {
                    acc += pts.get(j)[1];
                    j++;
                }
                merged.add(new double[] {pts.get(i)[0], acc / (j - i)});
                i = j;
            }
            return new Polyline(merged.stream().mapToDouble(p -> p[0]).toArray(),
                    merged.stream().mapToDouble(p -> p[1]).toArray());
        }

        double maxGap() {
            double g = 0;
            for (int i = 1; i < xs.length; i++) {
                g = Math.max(g, xs[i] - xs[i - 1]);
            }
            return g;
        }

        /** y at {@code x}, or NaN where the curve has no value (beyond the ends, or in a wide gap). */
        double at(double x, double gap, double endTol) {
            int n = xs.length;
            if (n == 0) {
                return Double.NaN;
            }
            if (x < xs[0]) {
                return xs[0] - x <= endTol ? ys[0] : Double.NaN;
            }
            if (x > xs[n - 1]) {
                return x - xs[n - 1] <= endTol ? ys[n - 1] : Double.NaN;
            }
            int i = java.util.Arrays.binarySearch(xs, x);
            if (i >= 0) {
                return ys[i];
            }
            int lo = -i - 2;
            double x0 = xs[lo];
            double x1 = xs[lo + 1];
            if (x1 - x0 > gap) {
                return Double.NaN;
            }
            return ys[lo] + (x - x0) / (x1 - x0) * (ys[lo + 1] - ys[lo]);
        }
    }

    /**
     * The bench's pass bar for a digitized chart, as checks to run together: both scales as the
     * truth has them, and every truth series matched by a predicted one that passes.
     */
    public static List<Executable> passBarChecks(Truth truth, DigitizedChart chart) {
        List<List<DataPoint>> predicted = chart.series().stream().map(Series::points).toList();
        List<Optional<Match>> matches = match(truth, predicted);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(truth.x().scale(), chart.x().scale(), "x scale"));
        checks.add(() -> assertEquals(truth.y().scale(), chart.y().scale(), "y scale"));
        for (int i = 0; i < matches.size(); i++) {
            String name = truth.series().get(i).name() + " (" + truth.series().get(i).color() + ")";
            Optional<Match> m = matches.get(i);
            checks.add(() -> assertTrue(m.isPresent(), name + ": not matched by any of "
                    + chart.series().stream().map(Series::color).toList()));
            m.ifPresent(match -> checks.add(() -> assertTrue(match.result().passes(),
                    name + " matched " + chart.series().get(match.predicted()).color() + ": " + match.result())));
        }
        return checks;
    }
}
