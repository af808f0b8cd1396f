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
    /** Candidates at least this trusted are readings, not guesses (see Alternative). */
    private static final double MIN_READ_WEIGHT = 0.5;

    private final FitConfig config;

    public AxisFitter(FitConfig config) {
        this.config = config;
    }

    /** A candidate fit; {@code choice[k]} is the candidate value label k uses, -1 when an outlier. */
    private record Fit(ScaleType scale, double slope, double intercept, int[] choice, int count, double score,
                       double rms) {
        /** Better: higher summed candidate weight, then lower residual. */
        boolean beats(Fit o) {
            return o == null || score > o.score + 1e-9 || Math.abs(score - o.score) <= 1e-9 && rms < o.rms;
        }
    }

    /**
     * @param preferLog break a tie between equally good fits in favour of log (labels written as
     *                  powers of ten, whose two-label axes fit either scale exactly)
     */
    public AxisCalibration fit(Axis axis, List<TickLabel> labels, boolean preferLog) throws DigitizeException {
        List<TickLabel> numeric = labels.stream().filter(TickLabel::hasAnyValue).toList();
        if (numeric.size() < 2) {
            throw new DigitizeException(Stage.CALIBRATION, DigitizeException.Reason.TOO_FEW_TICK_LABELS,
                    axis.key() + " axis: " + numeric.size() + " numeric label(s) of " + labels.size() + " found");
        }
        Fit lin = best(ScaleType.LINEAR, numeric, axis);
        Fit log = best(ScaleType.LOG, numeric, axis);
        Fit chosen = choose(lin, log, numeric, preferLog);
        if (chosen == null || chosen.count() < Math.max(2, Math.ceil(config.minInlierShare() * numeric.size()))) {
            throw new DigitizeException(Stage.CALIBRATION, DigitizeException.Reason.AXIS_NOT_CALIBRATED,
                    axis.key() + " axis: labels " + texts(numeric) + " fit neither a linear nor a log scale");
        }
        if (chosen.count() < MIN_AGREEING && chosen.count() < MIN_AGREEING_SHARE * labels.size()) {
            // Two labels always fit a line: when most of an axis' labels read as nothing
            // sensible, two that happen to agree are as likely misreads (5 px text read "5", "2").
            throw new DigitizeException(Stage.CALIBRATION, DigitizeException.Reason.AXIS_NOT_CALIBRATED,
                    axis.key() + " axis: only " + chosen.count() + " of " + labels.size() + " tick labels " + texts(labels)
                            + " agree on a scale: too few read reliably");
        }
        List<TickLabel> out = new ArrayList<>();
        for (TickLabel l : labels) {
            int i = numeric.indexOf(l);
            if (i < 0) {
                out.add(l.withStatus(TickLabel.Status.REJECTED_NOT_NUMERIC));
            } else if (chosen.choice()[i] < 0) {
                out.add(l.withStatus(TickLabel.Status.REJECTED_OUTLIER));
            } else {
                var used = l.candidates().get(chosen.choice()[i]);
                out.add(l.withValue(used.value(), used.weight(), TickLabel.Status.ACCEPTED));
            }
        }
        return new AxisCalibration(axis, chosen.scale(), chosen.slope(), chosen.intercept(), chosen.rms(), out);
    }

    /**
     * Least share of all an axis' labels, read or not, that the fit must use, unless it uses
     * {@link #MIN_AGREEING}: on the bench, axes that calibrate right use at least half.
     */
    static final double MIN_AGREEING_SHARE = 0.5;
    /** Labels that, agreeing on one line, are no chance agreement of misreads. */
    static final int MIN_AGREEING = 3;

    private static String texts(List<TickLabel> ls) {
        return ls.stream().map(TickLabel::text).toList().toString();
    }

    private static Fit choose(Fit lin, Fit log, List<TickLabel> numeric, boolean preferLog) {
        if (lin == null || log == null) {
            return lin == null ? log : lin;
        }
        if (Math.abs(lin.score() - log.score()) > 1e-9) {
            return lin.score() > log.score() ? lin : log;
        }
        if (lin.count() == 2) {
            // Two labels fit both scales exactly: two positive labels a decade or more apart
            // (1 and 10, 10^2 and 10^4) are a log axis; a linear axis would show more steps.
            double a = used(log, numeric).min().orElse(0);
            double b = used(log, numeric).max().orElse(0);
            return preferLog || a > 0 && b / a >= 10 ? log : lin;
        }
        // Both explain the same labels: the better residual, unless they are equally good.
        double margin = 0.25;
        if (Math.abs(lin.rms() - log.rms()) <= margin) {
            return preferLog ? log : lin;
        }
        return lin.rms() < log.rms() ? lin : log;
    }

    private static java.util.stream.DoubleStream used(Fit f, List<TickLabel> ls) {
        java.util.stream.DoubleStream.Builder b = java.util.stream.DoubleStream.builder();
        for (int k = 0; k < ls.size(); k++) {
            if (f.choice()[k] >= 0) {
                b.add(ls.get(k).candidates().get(f.choice()[k]).value());
            }
        }
        return b.build();
    }

    /** Exhaustive RANSAC over pairs of (label, candidate value). */
    private Fit best(ScaleType scale, List<TickLabel> ls, Axis axis) {
        int n = ls.size();
        double[] p = new double[n];
        double[][] d = new double[n][];
        double[][] wt = new double[n][];
        double[] tol = new double[n];
        for (int i = 0; i < n; i++) {
            TickLabel l = ls.get(i);
            p[i] = l.pixel();
            d[i] = l.candidates().stream().mapToDouble(a -> a.value())
                    .map(v -> scale == ScaleType.LINEAR || v > 0 ? scale.toDisplay(v) : Double.NaN).toArray();
            wt[i] = l.candidates().stream().mapToDouble(a -> a.weight()).toArray();
            tol[i] = l.snapped() ? config.snappedTolerancePx() : config.unsnappedTolerancePx();
        }
        Fit best = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int a = 0; a < d[i].length; a++) {
                    for (int b = 0; b < d[j].length; b++) {
                        double di = d[i][a], dj = d[j][b];
                        // Seed only from pairs with a real reading: two guesses anchor nothing.
                        if (Double.isNaN(di) || Double.isNaN(dj) || p[i] == p[j] || di == dj
                                || wt[i][a] < MIN_READ_WEIGHT && wt[j][b] < MIN_READ_WEIGHT) {
                            continue;
                        }
                        double slope = (dj - di) / (p[j] - p[i]);
                        Fit f = refine(scale, p, d, wt, tol, choose(p, d, wt, tol, slope, di - slope * p[i]));
                        if (f != null && f.count() == 2 && !conventional(axis, f.slope())) {
                            continue; // an inverted axis needs more than two labels to show it
                        }
                        if (f != null && f.beats(best)) {
                            best = f;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Values grow rightwards on x and upwards (to smaller pixel rows) on y. */
    private static boolean conventional(Axis axis, double slope) {
        return axis == Axis.X ? slope > 0 : slope < 0;
    }

    /** For each label the candidate nearest the line, if within tolerance, else -1. */
    private static int[] choose(double[] p, double[][] d, double[][] wt, double[] tol, double slope, double icpt) {
        int[] c = new int[p.length];
        for (int k = 0; k < p.length; k++) {
            c[k] = -1;
            // Trust discounted by distance: an exact alternative ("102" as 10^2) beats a plain
            // reading that only just fits, a plain reading beats a guess at the same distance.
            double best = 0;
            for (int a = 0; a < d[k].length; a++) {
                double r = Math.abs(residualPx(p[k], d[k][a], slope, icpt));
                double merit = wt[k][a] * (1 - r / (2 * tol[k]));
                if (r <= tol[k] && merit > best) {
                    best = merit;
                    c[k] = a;
                }
            }
        }
        return c;
    }

    /**
     * Least squares over the chosen candidates and the choice of that fit, repeated until the
     * choice settles; then labels the others place clearly elsewhere are dropped (see
     * {@link #dropLoneOutlier}).
     */
    private static Fit refine(ScaleType scale, double[] p, double[][] d, double[][] wt, double[] tol, int[] choice) {
        double[] line = leastSquares(p, d, choice);
        if (line == null) {
            return null;
        }
        int[] c2 = choose(p, d, wt, tol, line[0], line[1]);
        for (int iter = 0; iter < MAX_REFITS; iter++) {
            // A label the others place clearly elsewhere goes first; then labels are chosen
            // again by the new line, which may take back one the outlier had pushed away.
            int[] trimmed = dropLoneOutlier(p, d, tol, c2);
            if (java.util.Arrays.equals(c2, choice) && trimmed == null) {
                break;
            }
            choice = trimmed != null ? trimmed : c2;
            line = leastSquares(p, d, choice);
            if (line == null) {
                return null;
            }
            c2 = choose(p, d, wt, tol, line[0], line[1]);
        }
        line = leastSquares(p, d, c2);
        if (line == null) {
            return null;
        }
        double slope = line[0], icpt = line[1];
        int count = 0;
        double ss = 0, score = 0;
        for (int k = 0; k < p.length; k++) {
            if (c2[k] >= 0) {
                count++;
                score += wt[k][c2[k]];
                double r = residualPx(p[k], d[k][c2[k]], slope, icpt);
                ss += r * r;
            }
        }
        int read = 0;
        for (int k = 0; k < p.length; k++) {
            if (c2[k] >= 0 && wt[k][c2[k]] >= MIN_READ_WEIGHT) {
                read++;
            }
        }
        // Guesses only fill in a sequence that two real readings anchor.
        if (count < 2 || read < 2) {
            return null;
        }
        return new Fit(scale, slope, icpt, c2, count, score, Math.sqrt(ss / count));
    }

    /** Times the choice may change before the fit is taken as it is. */
    private static final int MAX_REFITS = 5;
    /** A label is off the others' line when its residual is this many times their rms... */
    static final double OUTLIER_FACTOR = 4;
    /**
     * ... and beyond its tolerance of that line: the line through the others is the fit it
     * would be judged by, were it not pulling the fit towards itself.
     */
    static final double OUTLIER_MIN_SHARE = 1.0;

    /**
     * The choice without its worst label, when the other labels (at least three) agree on a
     * line that places it clearly elsewhere: least squares spreads one label's error over all
     * (a top label snapped to the minor tick beside the frame pulls a log axis by half a
     * percent while every residual stays under the tolerance). Null when no label stands out.
     */
    private static int[] dropLoneOutlier(double[] p, double[][] d, double[] tol, int[] choice) {
        int count = 0;
        for (int c : choice) {
            count += c >= 0 ? 1 : 0;
        }
        if (count < 4) {
            return null;
        }
        // Each label against the line of all the others; the one that stands out most goes.
        int[] best = null;
        double bestRatio = 1;
        for (int k = 0; k < p.length; k++) {
            if (choice[k] < 0) {
                continue;
            }
            int[] rest = choice.clone();
            rest[k] = -1;
            double[] l = leastSquares(p, d, rest);
            if (l == null) {
                continue;
            }
            double ss = 0;
            for (int q = 0; q < p.length; q++) {
                if (rest[q] >= 0) {
                    double r = residualPx(p[q], d[q][rest[q]], l[0], l[1]);
                    ss += r * r;
                }
            }
            double rms = Math.sqrt(ss / (count - 1));
            double r = Math.abs(residualPx(p[k], d[k][choice[k]], l[0], l[1]));
            double ratio = r / Math.max(OUTLIER_FACTOR * rms, OUTLIER_MIN_SHARE * tol[k]);
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = rest;
            }
        }
        return best;
    }

    /** Pixels from a label at pixel p with display value d to where the line puts d. */
    private static double residualPx(double p, double d, double slope, double icpt) {
        return (d - icpt) / slope - p;
    }

    /** {slope, intercept} of display value on pixel over the chosen labels, or null. */
    private static double[] leastSquares(double[] p, double[][] d, int[] choice) {
        double sp = 0, sd = 0, spp = 0, spd = 0;
        int m = 0;
        for (int k = 0; k < p.length; k++) {
            if (choice[k] >= 0) {
                double dk = d[k][choice[k]];
                sp += p[k];
                sd += dk;
                spp += p[k] * p[k];
                spd += p[k] * dk;
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
        return new double[] {slope, icpt};
    }

}
