package io.github.chartdigitizer.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.calibration.AxisFitter;
import io.github.chartdigitizer.calibration.FitConfig;
import io.github.chartdigitizer.model.Alternative;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.AxisConfidence;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.SeriesConfidence;
import io.github.chartdigitizer.model.TickLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confidence from planted evidence: tick labels fitted by the real {@link AxisFitter} (snapped,
 * y pixels growing downwards), and traces drawn as arrays.
 */
class ConfidenceEstimatorTest {
    private final AxisFitter fitter = new AxisFitter(FitConfig.DEFAULTS);
    private final ConfidenceEstimator estimator = new ConfidenceEstimator(ConfidenceConfig.DEFAULTS);
    private static final PlotArea AREA = new PlotArea(80, 50, 580, 400, PlotArea.FrameKind.LINES);

    private static TickLabel label(double pixel, String text, double value, List<Alternative> alternatives) {
        int p = (int) Math.round(pixel);
        return new TickLabel(Axis.Y, pixel, text, value, alternatives, new PixelBox(40, p - 6, 72, p + 6), true,
                TickLabel.Status.PENDING);
    }

    /** Labels {@code values} on the y axis, the first at y = 400, then every 60 px up. */
    private AxisCalibration fit(double... values) throws DigitizeException {
        List<TickLabel> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            labels.add(label(400 - 60.0 * i, v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v), v, List.of()));
        }
        return fitter.fit(Axis.Y, labels, false);
    }

    private AxisConfidence axis(AxisCalibration c, List<String> warnings) {
        return estimator.axis(c, warnings);
    }

    /** p0006 shrunk: 10^1 .. 10^4 read "10^1", "10?", "107", "104". */
    private static List<TickLabel> misreadPowers(boolean fourReadAsPower) {
        List<Alternative> guesses = new ArrayList<>();
        for (int k = -5; k <= 12; k++) {
            guesses.add(new Alternative(Math.pow(10, k), Alternative.GUESS));
        }
        List<Alternative> four = new ArrayList<>(guesses);
        if (fourReadAsPower) {
            four.add(0, new Alternative(1e4, Alternative.OCR));
        }
        return List.of(label(400, "10^1", 10, List.of()), label(340, "10?", Double.NaN, guesses),
                label(280, "107", 107, List.of(new Alternative(1e7, Alternative.OCR))), label(220, "104", Double.NaN, four));
    }

    @Test
    void doubtsAFitThatOverridesAReadingWithAGuess() throws DigitizeException {
        // 10^1 and "107" as 10^7 anchor steps of three decades; "104" is then taken as the guess
        // 10^10, though it reads as 10^4.
        AxisCalibration overriding = fitter.fit(Axis.Y, misreadPowers(true), true);
        assertEquals(1e10, overriding.labels().get(3).value(), 1e-3, overriding.labels()::toString);
        AxisCalibration guessing = fitter.fit(Axis.Y, misreadPowers(false), true);
        double doubted = axis(overriding, new ArrayList<>()).score();
        double plain = axis(guessing, new ArrayList<>()).score();
        assertTrue(doubted < 0.8 && doubted < plain, doubted + " vs " + plain);
    }

    @Test
    void trustsSixCleanLabels() throws DigitizeException {
        List<String> warnings = new ArrayList<>();
        AxisConfidence a = axis(fit(0, 20, 40, 60, 80, 100), warnings);
        assertTrue(a.score() > 0.99, a::toString);
        assertEquals(6, a.labelsUsed());
        assertEquals(0, a.labelsRejected());
        assertEquals(List.of(), warnings);
    }

    @Test
    void misreadLabelLowersAxisConfidence() throws DigitizeException {
        List<String> warnings = new ArrayList<>();
        AxisConfidence clean = axis(fit(0, 20, 40, 60, 80, 100), new ArrayList<>());
        // "80" misread as "30": the fit rejects it, and the axis is less sure of its OCR.
        AxisConfidence misread = axis(fit(0, 20, 40, 60, 30, 100), warnings);
        assertEquals(5, misread.labelsUsed());
        assertEquals(1, misread.labelsRejected());
        assertTrue(misread.score() < clean.score(), misread + " vs " + clean);
    }

    @Test
    void aLabelReadAsNoNumberLowersAxisConfidenceLikeAMisread() throws DigitizeException {
        AxisConfidence clean = axis(fit(0, 20, 40, 60, 80, 100), new ArrayList<>());
        AxisConfidence misread = axis(fit(0, 20, 40, 60, 30, 100), new ArrayList<>());
        // "80" read as no number at all: as much a sign that OCR struggled with this axis.
        AxisConfidence noNumber = axis(fit(0, 20, 40, 60, Double.NaN, 100), new ArrayList<>());
        assertEquals(5, noNumber.labelsUsed());
        assertEquals(1, noNumber.labelsRejected());
        assertTrue(noNumber.score() < clean.score(), noNumber + " vs " + clean);
        assertEquals(misread.score(), noNumber.score(), 1e-9);
    }

    @Test
    void twoLabelsLeaveTheAxisUnchecked() throws DigitizeException {
        List<String> warnings = new ArrayList<>();
        AxisConfidence a = axis(fit(3, 7), warnings);
        assertEquals(ConfidenceConfig.DEFAULTS.uncheckedAxis(), a.score(), 1e-9);
        assertTrue(a.score() < 0.8, "an unchecked axis is below the trust threshold");
        assertTrue(a.otherScaleFits(), "two positive labels fit a log scale as well");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("nothing checks the calibration"), warnings::toString);
    }

    @Test
    void guessedExponentsWithTwoReadingsAreCountedAsGuesses() throws DigitizeException {
        // "10^0" and "10^1" read; the other labels' exponents unreadable: every power of ten is a
        // candidate, and the two readings fix the step. (With one reading the fit refuses.)
        List<Alternative> powers = new ArrayList<>();
        for (int k = -30; k <= 30; k++) {
            powers.add(new Alternative(Math.pow(10, k), Alternative.GUESS));
        }
        List<TickLabel> labels = new ArrayList<>();
        labels.add(label(400, "10^0", 1, List.of()));
        labels.add(label(340, "10^1", 10, List.of()));
        for (int i = 2; i <= 4; i++) {
            labels.add(label(400 - 60.0 * i, "10^?", Double.NaN, powers));
        }
        AxisCalibration c = fitter.fit(Axis.Y, labels, true);
        List<String> warnings = new ArrayList<>();
        AxisConfidence a = axis(c, warnings);
        assertEquals(5, a.labelsUsed());
        assertEquals(3, a.labelsGuessed());
        assertTrue(a.score() < 1.0, a::toString);
    }

    @Test
    void refusesASequenceAnchoredByOneReading() {
        List<Alternative> powers = new ArrayList<>();
        for (int k = -30; k <= 30; k++) {
            powers.add(new Alternative(Math.pow(10, k), Alternative.GUESS));
        }
        List<TickLabel> labels = new ArrayList<>();
        labels.add(label(400, "10^0", 1, List.of()));
        for (int i = 1; i <= 4; i++) {
            labels.add(label(400 - 60.0 * i, "10^?", Double.NaN, powers));
        }
        DigitizeException e = org.junit.jupiter.api.Assertions.assertThrows(DigitizeException.class,
                () -> fitter.fit(Axis.Y, labels, true));
        assertEquals(DigitizeException.Reason.AXIS_NOT_CALIBRATED, e.reason());
    }

    /** A horizontal line across {@code share} of the plot, width 2 px, seen except where {@code bridged}. */
    private static LineEvidence line(String name, int color, double share, double bridgedShare) {
        int n = (int) Math.round(share * AREA.width());
        double[] xs = new double[n], ys = new double[n], width = new double[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            xs[i] = AREA.left() + 0.5 + i;
            ys[i] = 200.5;
            // Dashes: the first (1 - bridged) of every 20 columns seen.
            seen[i] = (i % 20) >= 20 * bridgedShare;
            width[i] = seen[i] ? 2 : Double.NaN;
        }
        return new LineEvidence(name, color, xs, ys, seen, width);
    }

    private SeriesConfidence series(LineEvidence l, List<LineEvidence> all, List<String> warnings) {
        return estimator.series(l, all, AREA, warnings);
    }

    @Test
    void trustsAWholeSolidLine() {
        LineEvidence l = line("a", 0x1f77b4, 0.95, 0);
        List<String> warnings = new ArrayList<>();
        SeriesConfidence s = series(l, List.of(l), warnings);
        assertEquals(1.0, s.score(), 1e-9);
        assertEquals(0, s.bridged(), 1e-9);
        assertEquals(1.0, s.thicknessConsistency(), 1e-9);
        assertFalse(s.nearTwin());
        assertEquals(List.of(), warnings);
    }

    /** {@code l} without its points from column {@code from} for {@code count} columns. */
    private static LineEvidence withHole(LineEvidence l, int from, int count) {
        int n = l.xs().length - count;
        double[] xs = new double[n], ys = new double[n], width = new double[n];
        boolean[] seen = new boolean[n];
        for (int i = 0, j = 0; i < l.xs().length; i++) {
            if (i < from || i >= from + count) {
                xs[j] = l.xs()[i];
                ys[j] = l.ys()[i];
                seen[j] = l.observed()[i];
                width[j++] = l.width()[i];
            }
        }
        return new LineEvidence(l.name(), l.color(), xs, ys, seen, width);
    }

    @Test
    void aStretchLostMidLineScoresLowerButAFewColumnsDoNot() {
        LineEvidence whole = line("a", 0x1f77b4, 0.95, 0);
        // 75 of its 475 columns lost mid-plot (p0027 at half size lost 16% of its line).
        LineEvidence lost = withHole(whole, 200, 75);
        // Gaps of 5 columns (1% of the plot) where other lines cross it: no stretch lost.
        LineEvidence crossed = withHole(withHole(whole, 100, 5), 300, 5);
        List<String> warnings = new ArrayList<>();
        assertEquals(1.0, series(crossed, List.of(crossed), warnings).score(), 1e-9);
        assertEquals(List.of(), warnings);
        SeriesConfidence s = series(lost, List.of(lost), warnings);
        assertTrue(s.score() < 0.8, s::toString);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("16% of its span is missing"), warnings::toString);
    }

    @Test
    void bridgedAndShortLinesScoreLower() {
        LineEvidence solid = line("a", 0x1f77b4, 0.95, 0);
        LineEvidence dashed = line("b", 0x1f77b4, 0.95, 0.5);
        LineEvidence shortLine = line("c", 0x1f77b4, 0.4, 0);
        List<String> warnings = new ArrayList<>();
        double s = series(solid, List.of(solid), warnings).score();
        SeriesConfidence d = series(dashed, List.of(dashed), warnings);
        SeriesConfidence c = series(shortLine, List.of(shortLine), warnings);
        assertEquals(0.5, d.bridged(), 0.01);
        assertTrue(d.score() < s && c.score() < s, d + " " + c);
        assertEquals(0.4, c.xCoverage(), 0.01);
        assertEquals(2, warnings.size(), warnings::toString);
    }

    @Test
    void twoSeriesOfNearlyOneColourAreFlagged() {
        LineEvidence a = line("a", 0x7744bb, 0.95, 0);
        LineEvidence b = line("b", 0x6b2c85, 0.95, 0);
        LineEvidence other = line("c", 0xff7f0e, 0.95, 0);
        List<LineEvidence> all = List.of(a, b, other);
        List<String> warnings = new ArrayList<>();
        assertTrue(series(a, all, warnings).nearTwin());
        assertTrue(series(b, all, warnings).nearTwin());
        assertFalse(series(other, all, warnings).nearTwin());
        assertTrue(warnings.get(0).contains("split in two"), warnings::toString);
    }

    @Test
    void chartIsItsWeakerAxisTimesItsWeakestSeries() throws DigitizeException {
        AxisCalibration x = fit(0, 20, 40, 60, 80, 100);
        AxisCalibration y = fit(3, 7);
        LineEvidence solid = line("a", 0x1f77b4, 0.95, 0);
        LineEvidence dashed = line("b", 0xff7f0e, 0.95, 0.5);
        ConfidenceEstimator.Assessment a = estimator.assess(x, y, AREA, List.of(solid, dashed));
        double expected = Math.min(a.chart().x().score(), a.chart().y().score())
                * Math.min(a.series().get(0).score(), a.series().get(1).score());
        assertEquals(expected, a.chart().score(), 1e-12);
        assertTrue(a.chart().score() >= 0 && a.chart().score() <= 1);
        assertEquals(2, a.series().size());
    }
}
