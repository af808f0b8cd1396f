package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.validate.Claim.Place;
import io.github.chartdigitizer.validate.Claim.SeriesRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Checks of claims about the lines: count, colours, points, trends, extrema. */
final class LineChecks {
    private LineChecks() {
    }

    static Verdict count(Claim c, Claim.SeriesCount n, ChartView chart) {
        int found = chart.chart().series().size();
        return Verdict.of(c, found == n.count(), String.valueOf(found),
                found + (found == 1 ? " line was" : " lines were") + " found: " + labels(chart.curves()));
    }

    static Verdict color(Claim c, Claim.SeriesColor col, ChartView chart) {
        boolean ok = chart.curves().stream().anyMatch(k -> col.color().colors().contains(k.color()));
        String m = chart.curves().stream().map(k -> k.series().color() + " (" + k.color().key() + ")")
                .collect(Collectors.joining(", "));
        return Verdict.of(c, ok, m, "line colours in the image: " + m);
    }

    /** The lines a claim is about, or why there are none. */
    private static Optional<List<Curve>> candidates(SeriesRef ref, ChartView chart) {
        List<Curve> out = chart.curves().stream()
                .filter(k -> ref.colors().isEmpty() || ref.colors().contains(k.color())).toList();
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Verdict noLine(Claim c, SeriesRef ref, ChartView chart) {
        return Verdict.unverifiable(c, ref.colorWord().map(w -> "no " + w + " line in the image; the lines are "
                + labels(chart.curves())).orElse("no line was traced"));
    }

    static Verdict point(Claim c, Claim.Point p, ChartView chart, double tol) {
        Optional<List<Curve>> cands = candidates(p.series(), chart);
        if (cands.isEmpty()) {
            return noLine(c, p.series(), chart);
        }
        AxisView xa = chart.x(), ya = chart.y();
        double yClaim = p.y().value();
        OptionalDouble yn = ya.norm(yClaim);
        if (yn.isEmpty()) {
            return Verdict.contradicted(c, ya.describe(), "y = " + Quantity.format(yClaim) + " cannot be shown on the log y axis");
        }
        if (yn.getAsDouble() < -tol || yn.getAsDouble() > 1 + tol) {
            return Verdict.contradicted(c, ya.describe(), "y = " + Quantity.format(yClaim) + " is outside the y axis ("
                    + ya.describe() + ")");
        }
        OptionalDouble xClaimed = OptionalDouble.empty();
        if (p.place() == Place.AT_X) {
            double xv = p.x().orElseThrow().value();
            xClaimed = xa.norm(xv);
            if (xClaimed.isEmpty()) {
                return Verdict.contradicted(c, xa.describe(), "x = " + Quantity.format(xv) + " cannot be shown on the log x axis");
            }
            if (xClaimed.getAsDouble() < -tol || xClaimed.getAsDouble() > 1 + tol) {
                return Verdict.contradicted(c, xa.describe(), "x = " + Quantity.format(xv) + " is outside the x axis ("
                        + xa.describe() + ")");
            }
        }
        Curve best = null;
        double bestErr = Double.POSITIVE_INFINITY, bestX = 0, bestY = 0;
        for (Curve k : cands.get()) {
            double xn = xClaimed.isPresent() ? xClaimed.getAsDouble() : endOf(k, p.place(), tol);
            OptionalDouble at = k.yAt(xn, tol);
            if (at.isEmpty()) {
                continue;
            }
            double err = Math.min(Math.abs(at.getAsDouble() - yn.getAsDouble()), k.distance(xn, yn.getAsDouble()));
            if (err < bestErr) {
                bestErr = err;
                best = k;
                bestX = xn;
                bestY = at.getAsDouble();
            }
        }
        if (best == null) {
            return Verdict.unverifiable(c, "no line was traced near x = " + Quantity.format(p.x().orElseThrow().value())
                    + "; " + cands.get().stream().map(k -> k.label() + " covers x = " + Quantity.format(xa.value(k.first()))
                    + " to " + Quantity.format(xa.value(k.last()))).collect(Collectors.joining("; ")));
        }
        String measured = Quantity.format(ya.value(bestY));
        String where = "the line" + (chart.curves().size() > 1 ? " " + best.label() : "") + " is at " + measured
                + " at x = " + Quantity.format(xa.value(bestX));
        if (bestErr <= tol) {
            return Verdict.supported(c, measured, where);
        }
        return Verdict.contradicted(c, measured, where + ": " + off(ya, bestErr, yClaim, ya.value(bestY)) + ", tolerance "
                + tol);
    }

    /**
     * Where a line starts or ends: its first or last traced x, or the plot edge when that is
     * within the tolerance of it (the frame hides a line's last pixels).
     */
    private static double endOf(Curve k, Place place, double tol) {
        if (place == Place.START) {
            return k.first() <= tol ? 0 : k.first();
        }
        return k.last() >= 1 - tol ? 1 : k.last();
    }

    /** "off by 0.25 of the y span (a factor of 9.9)". */
    private static String off(AxisView a, double err, double claimed, double measured) {
        String s = String.format(Locale.ROOT, "off by %.3f of the %s span", err, a.name());
        if (a.cal().scale() == ScaleType.LOG && claimed > 0 && measured > 0) {
            s += " (a factor of " + Quantity.format(Math.max(claimed / measured, measured / claimed)) + ")";
        }
        return s;
    }

    static Verdict trend(Claim c, Claim.Trend t, ChartView chart, ValidationConfig cfg) {
        Optional<List<Curve>> cands = candidates(t.series(), chart);
        if (cands.isEmpty()) {
            return noLine(c, t.series(), chart);
        }
        Verdict first = null;
        for (Curve k : cands.get()) {
            Verdict v = shape(c, t.shape(), k, chart, cfg);
            if (v.status() == Verdict.Status.SUPPORTED) {
                return v;
            }
            first = first == null ? v : first;
        }
        return first;
    }

    private static Verdict shape(Claim c, Claim.Shape shape, Curve k, ChartView chart, ValidationConfig cfg) {
        Curve.Profile p = k.profile(cfg.profileBins());
        int n = p.size(), q = n / 4, h = n / 2;
        String who = chart.curves().size() > 1 ? k.label() + ": " : "";
        AxisView ya = chart.y(), xa = chart.x();
        switch (shape) {
            case INCREASING, DECREASING -> {
                double net = p.ys()[n - 1] - p.ys()[0];
                double travel = p.travel(0, n);
                double share = travel == 0 ? 0 : Math.abs(net) / travel;
                boolean dirOk = shape == Claim.Shape.DECREASING ? net <= -cfg.tolerance() : net >= cfg.tolerance();
                String m = String.format(Locale.ROOT, "the line %s from %s at x = %s to %s at x = %s; "
                                + "%.0f%% of its movement is %s",
                        net < 0 ? "falls" : "rises", Quantity.format(ya.value(k.firstY())), Quantity.format(xa.value(k.first())),
                        Quantity.format(ya.value(k.lastY())), Quantity.format(xa.value(k.last())),
                        100 * (travel == 0 ? 0 : (travel + Math.abs(net)) / 2 / travel), net < 0 ? "downward" : "upward");
                return Verdict.of(c, dirOk && share >= cfg.monotoneShare(), net < 0 ? "decreasing" : "increasing", who + m);
            }
            case STEEP_THEN_GRADUAL, GRADUAL_THEN_STEEP -> {
                boolean early = shape == Claim.Shape.STEEP_THEN_GRADUAL;
                double steep = early ? p.meanAbsSlope(0, q + 1) : p.meanAbsSlope(n - q - 1, n);
                double gentle = early ? p.meanAbsSlope(h, n) : p.meanAbsSlope(0, h + 1);
                double ratio = gentle == 0 ? Double.POSITIVE_INFINITY : steep / gentle;
                String m = String.format(Locale.ROOT, "the line's %s quarter is %s× as steep as its %s half",
                        early ? "first" : "last", Double.isInfinite(ratio) ? "∞" : String.format(Locale.ROOT, "%.1f", ratio),
                        early ? "last" : "first");
                return Verdict.of(c, steep > 0 && ratio >= cfg.flatteningRatio(),
                        String.format(Locale.ROOT, "%.1f", ratio), who + m + " (needs " + cfg.flatteningRatio() + "×)");
            }
            case PLATEAU -> {
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (int i = n - q; i < n; i++) {
                    lo = Math.min(lo, p.ys()[i]);
                    hi = Math.max(hi, p.ys()[i]);
                }
                String m = String.format(Locale.ROOT, "the line's last quarter moves by %.3f of the y span (%s to %s)",
                        hi - lo, Quantity.format(ya.value(lo)), Quantity.format(ya.value(hi)));
                return Verdict.of(c, hi - lo <= cfg.plateauShare(), String.format(Locale.ROOT, "%.3f", hi - lo),
                        who + m + ", at most " + cfg.plateauShare() + " is level");
            }
            default -> throw new IllegalStateException("unknown shape " + shape);
        }
    }

    static Verdict extremum(Claim c, Claim.Extremum e, ChartView chart, double tol) {
        Optional<List<Curve>> cands = candidates(e.series(), chart);
        if (cands.isEmpty()) {
            return noLine(c, e.series(), chart);
        }
        boolean max = e.extreme() == Claim.Extreme.MAXIMUM;
        AxisView xa = chart.x(), ya = chart.y();
        Verdict first = null;
        for (Curve k : cands.get()) {
            double[] ex = k.extremes();
            double yv = max ? ex[2] : ex[0];
            double xv = max ? ex[3] : ex[1];
            // A line cut by the frame continues to the edge: its end value there may be the extreme.
            for (double edge : new double[] {0, 1}) {
                OptionalDouble at = k.yAt(edge, tol);
                if (at.isPresent() && (max ? at.getAsDouble() > yv : at.getAsDouble() < yv)) {
                    yv = at.getAsDouble();
                    xv = edge;
                }
            }
            final double xFound = xv;
            boolean atStart = xv - k.first() <= tol || xv <= tol;
            boolean atEnd = k.last() - xv <= tol || xv >= 1 - tol;
            boolean placeOk = switch (e.place()) {
                case AT_X -> xa.norm(e.x().orElseThrow().value()).stream().anyMatch(n -> Math.abs(n - xFound) <= tol);
                case START -> atStart;
                case END -> atEnd;
                case UNSPECIFIED -> e.y().isPresent() || !(atStart || atEnd);
            };
            final double yFound = yv;
            boolean valueOk = e.y().map(q -> ya.norm(q.value()).stream().anyMatch(n -> Math.abs(n - yFound) <= tol))
                    .orElse(true);
            String m = (chart.curves().size() > 1 ? k.label() + ": " : "the line's ") + e.extreme().key() + " is "
                    + Quantity.format(ya.value(yv)) + " at x = " + Quantity.format(xa.value(xv))
                    + (atStart ? " (its start)" : atEnd ? " (its end)" : " (inside the line)");
            Verdict v = Verdict.of(c, placeOk && valueOk, Quantity.format(ya.value(yv)) + " at x = "
                    + Quantity.format(xa.value(xv)), m);
            if (v.status() == Verdict.Status.SUPPORTED) {
                return v;
            }
            first = first == null ? v : first;
        }
        return first;
    }

    private static String labels(List<Curve> curves) {
        return curves.isEmpty() ? "none" : curves.stream().map(Curve::label).collect(Collectors.joining(", "));
    }
}
