package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.output.Sampling;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.Truth.AxisTruth;
import io.github.chartdigitizer.testsupport.TruthComparison;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical chart (matplotlib, linear x 0..200, log y 10^0..10^4 with superscript labels,
 * one tab:blue line), digitized once and checked against the library's own truth.
 */
class SeedChartTest {
    /** Axis limits may be off by this share of the span, in display space. */
    private static final double AXIS_TOLERANCE = 0.01;
    /** Euclidean RGB distance (0..441) between the traced and the true line colour. */
    private static final double COLOR_TOLERANCE = 40;
    /** Relative tolerance of a value read at a given x. */
    private static final double VALUE_TOLERANCE = 0.10;

    private static Truth truth;
    private static DigitizedChart chart;

    @BeforeAll
    static void digitize() throws Exception {
        truth = Truth.sample("l0_over_training_steps");
        chart = Digitizer.create(DigitizerConfig.DEFAULTS).digitize(truth.image());
    }

    /** Scale, and the calibrated values at the plot edges where the truth's min and max are drawn. */
    private static void assertAxis(AxisTruth expected, AxisCalibration actual, double minPx, double maxPx) {
        assertEquals(expected.scale(), actual.scale(), actual.axis() + " scale");
        double tol = AXIS_TOLERANCE * expected.displaySpan();
        assertEquals(expected.display(expected.min()), expected.display(actual.toValue(minPx)), tol, actual.axis() + " min");
        assertEquals(expected.display(expected.max()), expected.display(actual.toValue(maxPx)), tol, actual.axis() + " max");
    }

    @Test
    void calibratesLinearXFromZeroTo200() {
        assertEquals(new AxisTruth(ScaleType.LINEAR, 0, 200), truth.x());
        assertAxis(truth.x(), chart.x(), chart.plotArea().left(), chart.plotArea().right());
    }

    @Test
    void calibratesLogYFromOneTo10000() {
        assertEquals(new AxisTruth(ScaleType.LOG, 1, 10000), truth.y());
        assertAxis(truth.y(), chart.y(), chart.plotArea().bottom(), chart.plotArea().top());
    }

    @Test
    void tracesTheOneBlueLine() {
        assertEquals(1, chart.series().size(), () -> "series: " + chart.series());
        Series s = chart.series().get(0);
        String color = truth.series().get(0).color();
        assertEquals("#1f77b4", color);
        assertTrue(rgbDistance(color, s.color()) <= COLOR_TOLERANCE, () -> s.color() + " is not " + color);
    }

    @Test
    void tracedLineMatchesTruthWithinOnePercent() {
        TruthComparison.Result r = TruthComparison.compare(truth.series().get(0), chart.series().get(0).points(),
                truth.x(), truth.y());
        assertTrue(r.coverage() >= TruthComparison.PASS_COVERAGE, r::toString);
        assertTrue(r.meanError() <= TruthComparison.PASS_ERROR, r::toString);
    }

    @Test
    void readsTitleAndXAxisTitle() {
        assertEquals(truth.title(), chart.title());
        assertEquals("L0 over Training Steps", chart.title().orElseThrow());
        assertEquals(truth.xLabel(), chart.xLabel());
        assertEquals("Training steps (M)", chart.xLabel().orElseThrow());
    }

    @Test
    void readsRotatedYAxisTitle() {
        // The rotated "L0" is a single ink blob; Tesseract's own character boxes tell the narrow
        // digit 0 from the round letter O.
        assertEquals(truth.yLabel(), chart.yLabel());
    }

    @Test
    void resamplesEvenlyAcrossTheWholeLine() {
        Series s = Sampling.apply(new Sampling.Evenly(9), chart.series().get(0), chart.x(), chart.y());
        List<DataPoint> pts = s.points();
        assertEquals(9, pts.size());
        double xTol = AXIS_TOLERANCE * truth.x().displaySpan();
        assertEquals(0, pts.get(0).x(), xTol);
        assertEquals(200, pts.get(8).x(), xTol);
        for (int i = 1; i < pts.size(); i++) {
            assertEquals(25, pts.get(i).x() - pts.get(i - 1).x(), xTol, "spacing before point " + i);
        }
        // Resampled points lie on the line, not only on the trace.
        TruthComparison.Result r = TruthComparison.compare(truth.series().get(0), pts, truth.x(), truth.y());
        assertTrue(r.meanError() <= TruthComparison.PASS_ERROR, r::toString);
    }

    @Test
    void readsValuesAtRequestedX() {
        Series s = Sampling.apply(new Sampling.AtX(List.of(25.0, 100.0)), chart.series().get(0), chart.x(), chart.y());
        List<DataPoint> pts = s.points();
        assertEquals(2, pts.size());
        // The PCHIP anchors of the seed chart: (25, 100) and (100, 8).
        assertEquals(100, truthAt(25), 1e-9);
        assertEquals(8, truthAt(100), 1e-9);
        assertEquals(25, pts.get(0).x());
        assertEquals(100, pts.get(1).x());
        assertEquals(100, pts.get(0).y(), 100 * VALUE_TOLERANCE);
        assertEquals(8, pts.get(1).y(), 8 * VALUE_TOLERANCE);
    }

    private static double truthAt(double x) {
        return truth.series().get(0).points().stream().filter(p -> p.x() == x).findFirst().orElseThrow().y();
    }

    /** Euclidean distance of two {@code #rrggbb} colours in RGB units (0..441). */
    static double rgbDistance(String a, String b) {
        int ca = Integer.parseInt(a.substring(1), 16);
        int cb = Integer.parseInt(b.substring(1), 16);
        double sum = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double d = ((ca >> shift) & 0xff) - ((cb >> shift) & 0xff);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
