package io.github.chartdigitizer.confidence;

import io.github.chartdigitizer.model.Alternative;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.AxisConfidence;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.LabelReading;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.SeriesConfidence;
import io.github.chartdigitizer.model.TickLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores what the stages produced. Each score multiplies factors in (0, 1], one per kind of
 * doubt, so one serious doubt is enough to pull a score down and small unrelated doubts add up;
 * a factor costing a tenth or more is explained in a warning. The chart's score is its weaker
 * axis times its weakest series: a chart is only as trustworthy as its least trustworthy part,
 * and a spurious or broken series is a wrong answer even when the other series are right. The
 * constants and their reasons are in {@link ConfidenceConfig}.
 */
public final class ConfidenceEstimator {
    private final ConfidenceConfig config;

    public ConfidenceEstimator(ConfidenceConfig config) {
        this.config = config;
    }

    /**
     * Scores and the doubts behind them.
     *
     * @param series   one per line, in the order given
     * @param warnings the doubts in plain words, for the chart's warnings
     */
    public record Assessment(ChartConfidence chart, List<SeriesConfidence> series, List<String> warnings) {
        public Assessment {
            series = List.copyOf(series);
            warnings = List.copyOf(warnings);
        }
    }

    public Assessment assess(AxisCalibration x, AxisCalibration y, PlotArea area, List<LineEvidence> lines) {
        return assess(x, y, area, lines, LabelReading.OCR, LabelReading.OCR);
    }

    /**
     * @param xReading how the x labels were read
     * @param yReading how the y labels were read
     */
    public Assessment assess(AxisCalibration x, AxisCalibration y, PlotArea area, List<LineEvidence> lines,
                             LabelReading xReading, LabelReading yReading) {
        List<String> warnings = new ArrayList<>();
        AxisConfidence ax = axis(x, warnings, xReading);
        AxisConfidence ay = axis(y, warnings, yReading);
        List<SeriesConfidence> series = new ArrayList<>();
        for (LineEvidence l : lines) {
            series.add(series(l, lines, area, warnings));
        }
        double weakestSeries = series.stream().mapToDouble(SeriesConfidence::score).min().orElse(0);
        double score = clamp(Math.min(ax.score(), ay.score()) * weakestSeries);
        return new Assessment(new ChartConfidence(score, ax, ay), series, warnings);
    }

    // ------------------------------------------------------------------ axes

    /** An axis' confidence, adding its doubts to {@code warnings}. */
    public AxisConfidence axis(AxisCalibration cal, List<String> warnings) {
        return axis(cal, warnings, LabelReading.OCR);
    }

    /**
     * @param reading how the axis' labels were read
     */
    public AxisConfidence axis(AxisCalibration cal, List<String> warnings, LabelReading reading) {
        List<TickLabel> used = cal.accepted();
        int rejected = cal.labels().size() - used.size();
        // Labels OCR misread: those rejected as off the fit; those read as no number at all (in
        // p0072 shrunk to half, 4 of 8 labels were misread, 2 of them as no number, and the 4
        // that agreed had all lost their "x10^6"); and those the fit took at a guessed value
        // though their text was read as another (p0006 shrunk: "104", read as 10^4, taken as
        // 10^10 to fit a misread "107" as 10^7).
        long rejectedOff = cal.labels().stream().filter(l -> l.status() == TickLabel.Status.REJECTED_OUTLIER).count();
        long notNumbers = cal.labels().stream().filter(l -> l.status() == TickLabel.Status.REJECTED_NOT_NUMERIC).count();
        long outliers = rejectedOff + notNumbers + used.stream().filter(ConfidenceEstimator::overridden).count();
        long read = rejectedOff + notNumbers + used.size();
        int guessed = (int) used.stream().filter(l -> l.weight() <= Alternative.GUESS).count();
        long anchors = used.stream().filter(l -> l.weight() > Alternative.GUESS).mapToDouble(TickLabel::value)
                .distinct().count();
        boolean otherFits = otherScaleFits(cal, used);
        String name = cal.axis().key() + " axis";

        // Labels beyond the two that fix a line are the only check on the reading; a guess
        // counts as its weight.
        double support = used.stream().mapToDouble(TickLabel::weight).sum();
        double fSupport = 1 - (1 - config.uncheckedAxis()) * Math.pow(2, -(support - 2) / config.checkHalfLife());
        double fAnchors = anchors < 2 ? config.guessedStep() : 1;
        if (fAnchors < config.warnBelow()) {
            warnings.add(name + ": " + (anchors == 0 ? "no" : "only " + anchors) + " tick label value read plainly, "
                    + guessed + " guessed from the sequence (unreadable exponents): the step between labels is "
                    + "itself a guess");
        } else if (fSupport < config.warnBelow()) {
            warnings.add(used.size() <= 2
                    ? name + ": only " + used.size() + " tick labels used, so nothing checks the calibration"
                        + (otherFits ? " (nor whether the scale is linear or log)" : "")
                    : name + ": only " + used.size() + " tick labels used" + (guessed > 0 ? ", " + guessed + " of them "
                        + "guessed" : "") + ": the calibration is barely checked");
        }
        double outlierShare = outliers == 0 ? 0 : (double) outliers / read;
        double fOutliers = 1 - config.outlierPenalty() * outlierShare;
        if (fOutliers < config.warnBelow()) {
            warnings.add(name + ": " + outliers + " of " + read + " tick labels are no number or off the fitted scale "
                    + "(misread?)");
        }
        double r = cal.rmsResidualPx() / config.residualScalePx();
        double fResidual = 1 - config.residualPenalty() * Math.min(1, r * r);
        double fReading = switch (reading) {
            case OCR -> 1;
            case TURNED -> config.turnedLabels();
            case MATCHED -> config.matchedLabels();
        };
        if (fReading < config.warnBelow()) {
            warnings.add(name + (reading == LabelReading.TURNED
                    ? ": its tick labels are turned; they were read turned level and each placed at the tick by its "
                        + "centre or its upper end, whichever fits more of them"
                    : ": its tick labels are too small to read; they were matched against drawn label sequences"));
        }
        double score = clamp(fSupport * fAnchors * fOutliers * fResidual * fReading);
        return new AxisConfidence(score, used.size(), rejected, guessed, cal.rmsResidualPx(), otherFits);
    }

    /** Whether the fit took a label at a guess though its text reads as another value. */
    private static boolean overridden(TickLabel l) {
        return l.weight() <= Alternative.GUESS && l.alternatives().stream()
                .anyMatch(a -> a.weight() > Alternative.GUESS && a.value() != l.value());
    }

    /**
     * Whether the used labels fit the other scale (log for linear and the reverse) within
     * {@link ConfidenceConfig#residualScalePx()}: least squares of display value on pixel, with
     * the residuals measured in pixels. Two positive labels always do.
     */
    private boolean otherScaleFits(AxisCalibration cal, List<TickLabel> used) {
        ScaleType other = cal.scale() == ScaleType.LOG ? ScaleType.LINEAR : ScaleType.LOG;
        if (used.size() < 2 || other == ScaleType.LOG && used.stream().anyMatch(l -> !(l.value() > 0))) {
            return false;
        }
        int n = used.size();
        double sp = 0, sd = 0, spp = 0, spd = 0;
        for (TickLabel l : used) {
            double d = other.toDisplay(l.value());
            sp += l.pixel();
            sd += d;
            spp += l.pixel() * l.pixel();
            spd += l.pixel() * d;
        }
        double den = n * spp - sp * sp;
        double slope = den == 0 ? 0 : (n * spd - sp * sd) / den;
        if (slope == 0 || !Double.isFinite(slope)) {
            return false;
        }
        double icpt = (sd - slope * sp) / n;
        double ss = 0;
        for (TickLabel l : used) {
            double res = (other.toDisplay(l.value()) - icpt) / slope - l.pixel();
            ss += res * res;
        }
        return Math.sqrt(ss / n) <= config.residualScalePx();
    }

    // ------------------------------------------------------------------ series

    /** One line's confidence among {@code all}, adding its doubts to {@code warnings}. */
    SeriesConfidence series(LineEvidence l, List<LineEvidence> all, PlotArea area, List<String> warnings) {
        int n = l.xs().length;
        String name = display(l.name());
        double span = n == 0 ? 0 : l.xs()[n - 1] - l.xs()[0] + 1;
        double xCoverage = Math.min(1, span / area.width());
        double fCoverage = Math.min(1, xCoverage / config.fullCoverage());
        if (fCoverage < config.warnBelow()) {
            warnings.add(name + " spans only " + percent(xCoverage) + " of the plot width (cut short, or not a whole line?)");
        }
        // Stretches inside the span with no point, seen or bridged: the tracer lost the line
        // there (p0027 at half size lost 16% of it mid-plot, at full confidence). A gap of a few
        // columns (where lines cross) is no lost stretch.
        double lost = 0;
        for (int i = 1; i < n; i++) {
            double gap = l.xs()[i] - l.xs()[i - 1] - 1;
            if (gap > config.lostStretch() * area.width()) {
                lost += gap;
            }
        }
        double missing = n == 0 ? 0 : lost / span;
        double fMissing = Math.max(0, 1 - config.lostPenalty() * missing);
        if (fMissing < config.warnBelow()) {
            warnings.add(name + ": " + percent(missing) + " of its span is missing (a stretch of it was not traced)");
        }
        int seen = 0;
        for (boolean o : l.observed()) {
            seen += o ? 1 : 0;
        }
        double bridged = n == 0 ? 1 : 1 - (double) seen / n;
        double fBridged = 1 - config.bridgedPenalty() * bridged;
        if (fBridged < config.warnBelow()) {
            warnings.add(name + ": " + percent(bridged) + " of its points are bridged across gaps (dashes, or hidden "
                    + "under other lines), not seen");
        }
        double consistency = widthConsistency(l.width());
        double fWidth = 1 - config.widthPenalty() * (1 - consistency);
        if (fWidth < config.warnBelow()) {
            warnings.add(name + ": its width varies along " + percent(1 - consistency)
                    + " of it (markers, or something else of its colour on the line?)");
        }
        List<String> twins = new ArrayList<>();
        for (LineEvidence o : all) {
            if (o != l && rgbDistance(o.color(), l.color()) <= config.twinDistance()) {
                twins.add(display(o.name()));
            }
        }
        double fTwin = twins.isEmpty() ? 1 : config.twinFactor();
        if (fTwin < config.warnBelow()) {
            warnings.add(name + " has nearly the colour of " + String.join(" and ", twins)
                    + ": one line may have been split in two");
        }
        double score = clamp(fCoverage * fMissing * fBridged * fWidth * fTwin);
        return new SeriesConfidence(score, xCoverage, bridged, consistency, !twins.isEmpty());
    }

    /** {@code series 2} for an unnamed series, {@code series "SGD"} for one its legend named. */
    private static String display(String name) {
        return name.matches("series \\d+") ? name : "series \"" + name + "\"";
    }

    /** Share of the seen columns whose width is within {@link ConfidenceConfig#widthRatio()} of the median. */
    private double widthConsistency(double[] width) {
        double[] w = Arrays.stream(width).filter(Double::isFinite).sorted().toArray();
        if (w.length == 0) {
            return 0;
        }
        double median = w[w.length / 2];
        long usual = Arrays.stream(w).filter(v -> v <= median * config.widthRatio() && v >= median / config.widthRatio())
                .count();
        return (double) usual / w.length;
    }

    /** Euclidean distance of two packed RGB colours, 0..441. */
    static double rgbDistance(int a, int b) {
        double dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
        double dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
        double db = (a & 0xff) - (b & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }
}
