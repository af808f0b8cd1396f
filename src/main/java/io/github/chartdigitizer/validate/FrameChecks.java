package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.TickLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Checks of claims about the frame: titles, scales, ranges, ticks. */
final class FrameChecks {
    /** Relative difference under which two tick values or steps are the same number (float noise only). */
    private static final double SAME_NUMBER = 1e-6;

    /** How far from a whole number a gap may be, in steps, and still be a multiple of the step. */
    private static final double STEP_SLACK = 1e-4;

    private FrameChecks() {
    }

    static Verdict title(Claim c, Claim.Title t, ChartView chart) {
        return titleLike(c, t.text(), chart.chart().title(), "title");
    }

    static Verdict axisTitle(Claim c, Claim.AxisTitle t, ChartView chart) {
        return titleLike(c, t.text(), t.axis() == Axis.X ? chart.chart().xLabel() : chart.chart().yLabel(),
                t.axis().key() + " axis title");
    }

    private static Verdict titleLike(Claim c, String claimed, Optional<String> read, String what) {
        if (read.isEmpty()) {
            return Verdict.unverifiable(c, "no " + what + " was read from the image");
        }
        boolean ok = TextMatch.matches(claimed, read.get());
        return Verdict.of(c, ok, read.get(), "the image reads \"" + read.get() + "\""
                + (ok && !claimed.strip().equals(read.get().strip()) ? " (same modulo case, spaces and O/0, l/I/1)" : ""));
    }

    static Verdict scale(Claim c, Claim.Scale s, ChartView chart) {
        String measured = "x " + chart.x().cal().scale().key() + ", y " + chart.y().cal().scale().key();
        if (s.axis().isPresent()) {
            ScaleType actual = chart.axis(s.axis().get()).cal().scale();
            return Verdict.of(c, actual == s.scale(), actual.key(),
                    "the " + s.axis().get().key() + " axis is " + actual.key());
        }
        boolean ok = chart.x().cal().scale() == s.scale() || chart.y().cal().scale() == s.scale();
        return Verdict.of(c, ok, measured, "the axes are: " + measured);
    }

    static Verdict range(Claim c, Claim.Range r, ChartView chart, double tol) {
        List<AxisView> axes = r.axis().map(a -> List.of(chart.axis(a))).orElse(List.of(chart.x(), chart.y()));
        double lo = Math.min(r.from().value(), r.to().value()), hi = Math.max(r.from().value(), r.to().value());
        List<String> seen = new ArrayList<>();
        for (AxisView a : axes) {
            List<Double> ticks = a.ticks();
            boolean loOk = endMatches(a, lo, a.min(), ticks.get(0), tol);
            boolean hiOk = endMatches(a, hi, a.max(), ticks.get(ticks.size() - 1), tol);
            String m = a.name() + " axis runs from " + Quantity.format(a.min()) + " to " + Quantity.format(a.max())
                    + " (tick labels " + Quantity.format(ticks.get(0)) + " to " + Quantity.format(ticks.get(ticks.size() - 1)) + ")";
            if (loOk && hiOk) {
                return Verdict.supported(c, m, "the " + m);
            }
            seen.add(m);
        }
        return Verdict.contradicted(c, String.join("; ", seen), "the " + String.join("; the ", seen)
                + " (tolerance " + tol + " of the span)");
    }

    /** An end of a range matches the axis edge within the tolerance, or its outermost tick label exactly. */
    private static boolean endMatches(AxisView a, double claimed, double edge, double tick, double tol) {
        if (same(claimed, tick)) {
            return true;
        }
        OptionalDouble n = a.norm(claimed);
        OptionalDouble e = a.norm(edge);
        return n.isPresent() && e.isPresent() && Math.abs(n.getAsDouble() - e.getAsDouble()) <= tol;
    }

    static Verdict tickValues(Claim c, Claim.TickValues t, ChartView chart) {
        List<AxisView> axes = t.axis().map(a -> List.of(chart.axis(a))).orElse(List.of(chart.x(), chart.y()));
        List<String> seen = new ArrayList<>();
        boolean unreadable = false;
        for (AxisView a : axes) {
            List<Double> shown = a.ticks();
            List<Double> missing = t.values().stream().filter(v -> shown.stream().noneMatch(s -> same(s, v))).toList();
            List<Double> extra = shown.stream().filter(s -> t.values().stream().noneMatch(v -> same(s, v))).toList();
            String m = a.name() + " tick labels are " + list(shown);
            if (missing.isEmpty() && extra.isEmpty()) {
                return Verdict.supported(c, list(shown), "the " + m);
            }
            StringBuilder why = new StringBuilder("the ").append(m);
            if (!extra.isEmpty()) {
                why.append("; not in the claim: ").append(list(extra));
            }
            if (!missing.isEmpty()) {
                why.append("; claimed but not shown: ").append(list(missing));
            }
            if (extra.isEmpty() && missing.stream().allMatch(v -> unreadLabelAt(a, v))) {
                unreadable = true;
                why.append(" (a label there was not readable)");
            }
            seen.add(why.toString());
        }
        if (unreadable) {
            return Verdict.unverifiable(c, String.join("; ", seen));
        }
        return Verdict.contradicted(c, axes.stream().map(a -> list(a.ticks())).collect(Collectors.joining("; ")),
                String.join("; ", seen));
    }

    /** Whether a label the calibration did not use sits where value v would be. */
    private static boolean unreadLabelAt(AxisView a, double v) {
        OptionalDouble n = a.norm(v);
        if (n.isEmpty() || n.getAsDouble() < -0.01 || n.getAsDouble() > 1.01) {
            return false;
        }
        List<TickLabel> acc = a.cal().accepted();
        double minGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < acc.size(); i++) {
            minGap = Math.min(minGap, Math.abs(acc.get(i + 1).pixel() - acc.get(i).pixel()));
        }
        double px = a.cal().toPixel(v);
        double near = Double.isFinite(minGap) ? minGap / 2 : 0;
        return a.cal().labels().stream().filter(l -> l.status() != TickLabel.Status.ACCEPTED)
                .anyMatch(l -> Math.abs(l.pixel() - px) <= near);
    }

    static Verdict tickInterval(Claim c, Claim.TickInterval t, ChartView chart) {
        List<AxisView> axes = t.axis().map(a -> List.of(chart.axis(a))).orElse(List.of(chart.x(), chart.y()));
        List<String> seen = new ArrayList<>();
        for (AxisView a : axes) {
            boolean log = a.cal().scale() == ScaleType.LOG;
            Optional<Double> step = step(a.ticks(), log);
            if (step.isEmpty()) {
                seen.add("the " + a.name() + " tick labels " + list(a.ticks()) + " are not evenly spaced");
                continue;
            }
            String m = log ? "a factor of " + Quantity.format(step.get()) : Quantity.format(step.get()) + " apart";
            boolean kindOk = log || t.spacing() == Claim.Spacing.ADDITIVE;
            if (kindOk && same(step.get(), t.step())) {
                return Verdict.supported(c, Quantity.format(step.get()), "the " + a.name() + " tick labels are " + m);
            }
            seen.add("the " + a.name() + " tick labels are " + m + " (" + list(a.ticks()) + ")");
        }
        return Verdict.contradicted(c, String.join("; ", seen), String.join("; ", seen));
    }

    /**
     * The step of tick values: the smallest difference (ratio on a log axis) between neighbours,
     * when every other one is a whole multiple (power) of it, as with a label the OCR missed.
     */
    private static Optional<Double> step(List<Double> ticks, boolean log) {
        if (ticks.size() < 2) {
            return Optional.empty();
        }
        List<Double> d = new ArrayList<>();
        for (int i = 0; i + 1 < ticks.size(); i++) {
            d.add(log ? Math.log10(ticks.get(i + 1) / ticks.get(i)) : ticks.get(i + 1) - ticks.get(i));
        }
        double s = d.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        if (!(s > 0)) {
            return Optional.empty();
        }
        for (double x : d) {
            if (Math.abs(x / s - Math.rint(x / s)) > STEP_SLACK) {
                return Optional.empty();
            }
        }
        return Optional.of(log ? Math.pow(10, s) : s);
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= SAME_NUMBER * Math.max(Math.abs(a), Math.abs(b)) || a == b;
    }

    static String list(List<Double> values) {
        return values.stream().map(Quantity::format).collect(Collectors.joining(", "));
    }
}
