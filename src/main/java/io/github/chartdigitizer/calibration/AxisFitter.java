package io.github.chartdigitizer.calibration;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Stage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.TickLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits display(value) = intercept + slope * pixel over all (tick position, label value) pairs,
 * for a linear and a log10 scale, and keeps the one that explains more labels. The fit is
 * exhaustive RANSAC over label pairs (tick labels number a few dozen at most), then least
 * squares over the inliers; labels off the fit are misreads and are kept, marked rejected.
 */
public final class AxisFitter {
    private final FitConfig config;

    public AxisFitter(FitConfig config) {
        this.config = config;
    }

    /** A candidate fit. */
    private record Fit(ScaleType scale, double slope, double intercept, boolean[] inliers, int count, double rms) {
    }

    /**
     * @param preferLog break a tie between equally good fits in favour of log (labels written as
     *                  powers of ten, whose two-label axes fit either scale exactly)
     */
    public AxisCalibration fit(Axis axis, List<TickLabel> labels, boolean preferLog) throws DigitizeException {
        List<TickLabel> numeric = labels.stream().filter(TickLabel::hasValue).toList();
        if (numeric.size() < 2) {
            throw new DigitizeException(Stage.CALIBRATION, DigitizeException.Reason.TOO_FEW_TICK_LABELS,
                    axis.key() + " axis: " + numeric.size() + " numeric label(s) of " + labels.size() + " found");
        }
        Fit lin = best(ScaleType.LINEAR, numeric);
        Fit log = best(ScaleType.LOG, numeric);
        Fit chosen = choose(lin, log, numeric, preferLog);
        if (chosen == null || chosen.count() < Math.max(2, Math.ceil(config.minInlierShare() * numeric.size()))) {
            throw new DigitizeException(Stage.CALIBRATION, DigitizeException.Reason.AXIS_NOT_CALIBRATED,
                    axis.key() + " axis: labels " + texts(numeric) + " fit neither a linear nor a log scale");
        }
        List<TickLabel> out = new ArrayList<>();
        for (TickLabel l : labels) {
            int i = numeric.indexOf(l);
            TickLabel.Status s = i < 0 ? TickLabel.Status.REJECTED_NOT_NUMERIC
                    : chosen.inliers()[i] ? TickLabel.Status.ACCEPTED : TickLabel.Status.REJECTED_OUTLIER;
            out.add(l.withStatus(s));
        }
        return new AxisCalibration(axis, chosen.scale(), chosen.slope(), chosen.intercept(), chosen.rms(), out);
    }

    private static String texts(List<TickLabel> ls) {
        return ls.stream().map(TickLabel::text).toList().toString();
    }

    private static Fit choose(Fit lin, Fit log, List<TickLabel> numeric, boolean preferLog) {
        if (lin == null || log == null) {
            return lin == null ? log : lin;
        }
        if (lin.count() != log.count()) {
            return lin.count() > log.count() ? lin : log;
        }
        if (lin.count() == 2) {
            // Two labels fit both scales exactly: two positive labels a decade or more apart
            // (1 and 10, 10^2 and 10^4) are a log axis; a linear axis would show more steps.
            double a = numeric.stream().filter(TickLabel::hasValue).mapToDouble(TickLabel::value).min().orElse(0);
            double b = numeric.stream().filter(TickLabel::hasValue).mapToDouble(TickLabel::value).max().orElse(0);
            return preferLog || a > 0 && b / a >= 10 ? log : lin;
        }
        // Both explain the same labels: the better residual, unless they are equally good.
        double margin = 0.25;
        if (Math.abs(lin.rms() - log.rms()) <= margin) {
            return preferLog ? log : lin;
        }
        return lin.rms() < log.rms() ? lin : log;
    }

    private Fit best(ScaleType scale, List<TickLabel> ls) {
        int n = ls.size();
        double[] p = new double[n];
        double[] d = new double[n];
        double[] tol = new double[n];
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            TickLabel l = ls.get(i);
            p[i] = l.pixel();
            usable[i] = scale == ScaleType.LINEAR || l.value() > 0;
            d[i] = usable[i] ? scale.toDisplay(l.value()) : Double.NaN;
            tol[i] = l.snapped() ? config.snappedTolerancePx() : config.unsnappedTolerancePx();
        }
        Fit best = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!usable[i] || !usable[j] || p[i] == p[j] || d[i] == d[j]) {
                    continue;
                }
                double slope = (d[j] - d[i]) / (p[j] - p[i]);
                double icpt = d[i] - slope * p[i];
                boolean[] in = inliers(p, d, tol, usable, slope, icpt);
                Fit f = refine(scale, p, d, tol, usable, in);
                if (f != null && (best == null || f.count() > best.count()
                        || f.count() == best.count() && f.rms() < best.rms())) {
                    best = f;
                }
            }
        }
        return best;
    }

    private static boolean[] inliers(double[] p, double[] d, double[] tol, boolean[] usable, double slope, double icpt) {
        boolean[] in = new boolean[p.length];
        for (int k = 0; k < p.length; k++) {
            in[k] = usable[k] && Math.abs((d[k] - icpt) / slope - p[k]) <= tol[k];
        }
        return in;
    }

    /** Least squares over the inliers, then the inlier set of that fit. */
    private static Fit refine(ScaleType scale, double[] p, double[] d, double[] tol, boolean[] usable, boolean[] in) {
        double sp = 0, sd = 0, spp = 0, spd = 0;
        int m = 0;
        for (int k = 0; k < p.length; k++) {
            if (in[k]) {
                sp += p[k];
                sd += d[k];
                spp += p[k] * p[k];
                spd += p[k] * d[k];
                m++;
            }
        }
        if (m < 2) {
            return null;
        }
        double den = m * spp - sp * sp;
        if (den == 0) {
            return null;
        }
        double slope = (m * spd - sp * sd) / den;
        double icpt = (sd - slope * sp) / m;
        if (slope == 0 || !Double.isFinite(slope)) {
            return null;
        }
        boolean[] in2 = inliers(p, d, tol, usable, slope, icpt);
        int count = 0;
        double ss = 0;
        for (int k = 0; k < p.length; k++) {
            if (in2[k]) {
                count++;
                double r = (d[k] - icpt) / slope - p[k];
                ss += r * r;
            }
        }
        if (count < 2) {
            return null;
        }
        return new Fit(scale, slope, icpt, in2, count, Math.sqrt(ss / count));
    }
}
