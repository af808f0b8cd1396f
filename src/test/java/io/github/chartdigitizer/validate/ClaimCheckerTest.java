package io.github.chartdigitizer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.validate.Claim.Detail;
import io.github.chartdigitizer.validate.Claim.Extreme;
import io.github.chartdigitizer.validate.Claim.Place;
import io.github.chartdigitizer.validate.Claim.SeriesRef;
import io.github.chartdigitizer.validate.Claim.Shape;
import io.github.chartdigitizer.validate.Verdict.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on charts built in code (no image, no OCR): a 400 × 300 px plot area, calibrations
 * and lines known exactly.
 */
class ClaimCheckerTest {
    private static final double LEFT = 100, RIGHT = 500, TOP = 50, BOTTOM = 350;
    private final ClaimChecker checker = new ClaimChecker(ValidationConfig.DEFAULTS);

    /** An axis whose plot edges show {@code lo} and {@code hi}, with accepted tick labels at {@code ticks}. */
    private static AxisCalibration axis(Axis a, ScaleType s, double lo, double hi, double... ticks) {
        double p0 = a == Axis.X ? LEFT : BOTTOM, p1 = a == Axis.X ? RIGHT : TOP;
        double slope = (s.toDisplay(hi) - s.toDisplay(lo)) / (p1 - p0);
        double intercept = s.toDisplay(lo) - slope * p0;
        AxisCalibration bare = new AxisCalibration(a, s, slope, intercept, 0, List.of());
        List<TickLabel> labels = new ArrayList<>();
        for (double t : ticks) {
            labels.add(label(bare, t, TickLabel.Status.ACCEPTED));
        }
        return new AxisCalibration(a, s, slope, intercept, 0, labels);
    }

    private static TickLabel label(AxisCalibration cal, double value, TickLabel.Status status) {
        double px = cal.toPixel(value);
        return new TickLabel(cal.axis(), px, Quantity.format(value), value, List.of(),
                new PixelBox((int) px, 0, (int) px + 10, 10), true, status);
    }

    /** A line drawn through 300 x values evenly spaced (in display space) from x0 to x1. */
    private static Series line(String color, AxisCalibration x, double x0, double x1, DoubleUnaryOperator f) {
        List<DataPoint> pts = new ArrayList<>();
        double d0 = x.scale().toDisplay(x0), d1 = x.scale().toDisplay(x1);
        for (int i = 0; i < 300; i++) {
            double xv = x.scale().fromDisplay(d0 + (d1 - d0) * i / 299);
            pts.add(new DataPoint(xv, f.applyAsDouble(xv)));
        }
        return new Series("series", color, pts, 1.0);
    }

    private static DigitizedChart chart(AxisCalibration x, AxisCalibration y, List<Series> series) {
        return new DigitizedChart("test.png", 600, 400, Optional.of("L0 over Training Steps"), Optional.of("Steps"),
                Optional.of("LO"), new PlotArea(LEFT, TOP, RIGHT, BOTTOM, PlotArea.FrameKind.LINES), x, y, series, List.of());
    }

    /** Linear x 0..200 (ticks every 25), log y 1..10^4, one blue line falling 10^4 → 1 straight in log. */
    private static DigitizedChart logChart() {
        AxisCalibration x = axis(Axis.X, ScaleType.LINEAR, 0, 200, 0, 25, 50, 75, 100, 125, 150, 175, 200);
        AxisCalibration y = axis(Axis.Y, ScaleType.LOG, 1, 1e4, 1, 10, 100, 1000, 1e4);
        return chart(x, y, List.of(line("#1f77b4", x, 0, 200, v -> Math.pow(10, 4 - v / 50))));
    }

    /** Linear 0..100 both ways, ticks every 20, and one line made by {@code f} over {@code [x0, x1]}. */
    private static DigitizedChart linearChart(double x0, double x1, DoubleUnaryOperator f) {
        AxisCalibration x = axis(Axis.X, ScaleType.LINEAR, 0, 100, 0, 20, 40, 60, 80, 100);
        AxisCalibration y = axis(Axis.Y, ScaleType.LINEAR, 0, 100, 0, 20, 40, 60, 80, 100);
        return chart(x, y, List.of(line("#ff7f0e", x, x0, x1, f)));
    }

    private Status status(DigitizedChart c, Detail d) {
        return checker.check(c, new Claim(1, "test sentence", d)).status();
    }

    private static Claim.Point at(double x, double y) {
        return new Claim.Point(SeriesRef.ANY, Place.AT_X, Optional.of(Quantity.exact(x)), Quantity.approx(y));
    }

    @Test
    void holdsPointsOnALogAxisToARelativeTolerance() {
        DigitizedChart c = logChart();
        // The line is at 100 at x = 100; 0.03 of four decades is a factor of 1.32.
        assertEquals(Status.SUPPORTED, status(c, at(100, 110)));
        assertEquals(Status.SUPPORTED, status(c, at(100, 80)));
        assertEquals(Status.CONTRADICTED, status(c, at(100, 150)));
        assertEquals(Status.CONTRADICTED, status(c, at(100, 1000)));
        assertEquals(Status.SUPPORTED, new ClaimChecker(ValidationConfig.DEFAULTS.withTolerance(0.05))
                .check(c, new Claim(1, "s", at(100, 150))).status(), "a wider tolerance lets 150 pass for 100");
    }

    @Test
    void measuresPointsByTheirDistanceToTheLineSoSteepStretchesForgiveY() {
        // Steep from (0, 0) to (10, 100), then flat.
        DigitizedChart c = linearChart(0, 100, v -> Math.min(100, 10 * v));
        assertEquals(Status.SUPPORTED, status(c, at(5, 60)), "0.1 of the span above, but 0.01 from the line");
        assertEquals(Status.CONTRADICTED, status(c, at(50, 60)));
    }

    @Test
    void extendsALineWhoseEndTheFrameHides() {
        AxisCalibration x = axis(Axis.X, ScaleType.LINEAR, 0, 200, 0, 100, 200);
        AxisCalibration y = axis(Axis.Y, ScaleType.LOG, 1, 1e4, 1, 10, 100, 1000, 1e4);
        DigitizedChart c = chart(x, y, List.of(line("#1f77b4", x, 1.5, 198, v -> Math.pow(10, 4 - v / 50))));
        assertEquals(Status.SUPPORTED, status(c, at(0, 10_000)));
        assertEquals(Status.SUPPORTED, status(c, new Claim.Point(SeriesRef.ANY, Place.START, Optional.empty(),
                Quantity.approx(10_000))));
        assertEquals(Status.SUPPORTED, status(c, new Claim.Point(SeriesRef.ANY, Place.END, Optional.empty(),
                Quantity.approx(1))));
    }

    @Test
    void contradictsPointsOutsideTheAxesAndCannotCheckWhereNoLineIs() {
        DigitizedChart c = linearChart(0, 50, v -> 40);
        assertEquals(Status.CONTRADICTED, status(c, at(1000, 40)), "x beyond the axis");
        assertEquals(Status.CONTRADICTED, status(c, at(20, 500)), "y beyond the axis");
        assertEquals(Status.UNVERIFIABLE, status(c, at(80, 40)), "the line stops at 50");
        assertEquals(Status.CONTRADICTED, status(logChart(), at(100, 0)), "0 on a log axis");
    }

    @Test
    void checksAPointOnTheLineItNamesOrOnAnyLine() {
        AxisCalibration x = axis(Axis.X, ScaleType.LINEAR, 0, 100, 0, 50, 100);
        AxisCalibration y = axis(Axis.Y, ScaleType.LINEAR, 0, 100, 0, 50, 100);
        DigitizedChart c = chart(x, y, List.of(line("#1f77b4", x, 0, 100, v -> 20), line("#ff7f0e", x, 0, 100, v -> 80)));
        Claim.Point blueAt80 = new Claim.Point(SeriesRef.of("blue"), Place.AT_X, Optional.of(Quantity.exact(50)),
                Quantity.approx(80));
        Claim.Point greenAt80 = new Claim.Point(SeriesRef.of("green"), Place.AT_X, Optional.of(Quantity.exact(50)),
                Quantity.approx(80));
        assertEquals(Status.SUPPORTED, status(c, at(50, 80)));
        assertEquals(Status.CONTRADICTED, status(c, blueAt80));
        assertEquals(Status.UNVERIFIABLE, status(c, greenAt80));
        assertEquals(Status.SUPPORTED, status(c, new Claim.SeriesCount(2)));
        assertEquals(Status.CONTRADICTED, status(c, new Claim.SeriesCount(1)));
        assertEquals(Status.SUPPORTED, status(c, new Claim.SeriesColor(SeriesRef.of("orange"))));
        assertEquals(Status.CONTRADICTED, status(c, new Claim.SeriesColor(SeriesRef.of("red"))));
    }

    @Test
    void tellsRisingFromFallingLines() {
        DigitizedChart falling = logChart();
        DigitizedChart wavy = linearChart(0, 100, v -> 50 + 30 * Math.sin(v / 100 * 4 * Math.PI));
        assertEquals(Status.SUPPORTED, status(falling, new Claim.Trend(SeriesRef.ANY, Shape.DECREASING)));
        assertEquals(Status.CONTRADICTED, status(falling, new Claim.Trend(SeriesRef.ANY, Shape.INCREASING)));
        assertEquals(Status.CONTRADICTED, status(wavy, new Claim.Trend(SeriesRef.ANY, Shape.INCREASING)));
        assertEquals(Status.CONTRADICTED, status(wavy, new Claim.Trend(SeriesRef.ANY, Shape.DECREASING)));
    }

    @Test
    void findsBendsAndPlateaus() {
        DigitizedChart decay = linearChart(0, 100, v -> 90 * Math.exp(-v / 12) + 5);
        DigitizedChart growth = linearChart(0, 100, v -> 90 * Math.exp((v - 100) / 12) + 5);
        DigitizedChart straight = linearChart(0, 100, v -> 10 + 0.8 * v);
        Claim.Trend steepThenGradual = new Claim.Trend(SeriesRef.ANY, Shape.STEEP_THEN_GRADUAL);
        Claim.Trend gradualThenSteep = new Claim.Trend(SeriesRef.ANY, Shape.GRADUAL_THEN_STEEP);
        Claim.Trend plateau = new Claim.Trend(SeriesRef.ANY, Shape.PLATEAU);
        assertEquals(Status.SUPPORTED, status(decay, steepThenGradual));
        assertEquals(Status.SUPPORTED, status(decay, plateau));
        assertEquals(Status.CONTRADICTED, status(decay, gradualThenSteep));
        assertEquals(Status.SUPPORTED, status(growth, gradualThenSteep));
        assertEquals(Status.CONTRADICTED, status(growth, steepThenGradual));
        assertEquals(Status.CONTRADICTED, status(straight, steepThenGradual));
        assertEquals(Status.CONTRADICTED, status(straight, plateau));
    }

    @Test
    void placesMaximaAndMinima() {
        DigitizedChart peak = linearChart(0, 100, v -> 90 - 0.03 * (v - 40) * (v - 40));
        DigitizedChart falling = logChart();
        assertEquals(Status.SUPPORTED, status(peak, new Claim.Extremum(SeriesRef.ANY, Extreme.MAXIMUM, Place.AT_X,
                Optional.of(Quantity.approx(40)), Optional.of(Quantity.approx(90)))));
        assertEquals(Status.CONTRADICTED, status(peak, new Claim.Extremum(SeriesRef.ANY, Extreme.MAXIMUM, Place.AT_X,
                Optional.of(Quantity.approx(70)), Optional.empty())));
        assertEquals(Status.SUPPORTED, status(peak, new Claim.Extremum(SeriesRef.ANY, Extreme.MAXIMUM,
                Place.UNSPECIFIED, Optional.empty(), Optional.empty())), "an unplaced peak is inside the line");
        assertEquals(Status.CONTRADICTED, status(falling, new Claim.Extremum(SeriesRef.ANY, Extreme.MAXIMUM,
                Place.UNSPECIFIED, Optional.empty(), Optional.empty())), "a falling line has no peak");
        assertEquals(Status.SUPPORTED, status(falling, new Claim.Extremum(SeriesRef.ANY, Extreme.MINIMUM, Place.END,
                Optional.empty(), Optional.of(Quantity.approx(1)))));
        assertEquals(Status.CONTRADICTED, status(falling, new Claim.Extremum(SeriesRef.ANY, Extreme.MINIMUM,
                Place.START, Optional.empty(), Optional.empty())));
    }

    @Test
    void matchesRangesAtThePlotEdgesOrTheOutermostTicks() {
        AxisCalibration x = axis(Axis.X, ScaleType.LINEAR, -10, 210, 0, 50, 100, 150, 200);
        AxisCalibration y = axis(Axis.Y, ScaleType.LINEAR, 0, 100, 0, 50, 100);
        DigitizedChart c = chart(x, y, List.of(line("#1f77b4", x, 0, 200, v -> 50)));
        Optional<Axis> ax = Optional.of(Axis.X);
        assertEquals(Status.SUPPORTED, status(c, new Claim.Range(ax, Quantity.exact(0), Quantity.exact(200))), "ticks");
        assertEquals(Status.SUPPORTED, status(c, new Claim.Range(ax, Quantity.exact(-10), Quantity.exact(210))), "edges");
        assertEquals(Status.CONTRADICTED, status(c, new Claim.Range(ax, Quantity.exact(0), Quantity.exact(250))));
        assertEquals(Status.SUPPORTED, status(c, new Claim.Range(Optional.empty(), Quantity.exact(0), Quantity.exact(100))),
                "no axis named: the y axis fits");
    }

    @Test
    void comparesTickValuesAsExactSets() {
        AxisCalibration bare = axis(Axis.X, ScaleType.LINEAR, 0, 100, 0, 25, 75, 100);
        List<TickLabel> labels = new ArrayList<>(bare.labels());
        labels.add(label(bare, 50, TickLabel.Status.REJECTED_NOT_NUMERIC));
        AxisCalibration x = new AxisCalibration(Axis.X, ScaleType.LINEAR, bare.slope(), bare.intercept(), 0, labels);
        AxisCalibration y = axis(Axis.Y, ScaleType.LOG, 1, 1e4, 1, 10, 100, 1000, 1e4);
        DigitizedChart c = chart(x, y, List.of(line("#1f77b4", x, 0, 100, v -> 50)));
        Optional<Axis> ax = Optional.of(Axis.X);
        Optional<Axis> ay = Optional.of(Axis.Y);
        assertEquals(Status.SUPPORTED, status(c, new Claim.TickValues(ay, List.of(1.0, 10.0, 100.0, 1000.0, 1e4))));
        assertEquals(Status.CONTRADICTED, status(c, new Claim.TickValues(ay, List.of(1.0, 10.0, 100.0, 1000.0))),
                "10^4 is left out");
        assertEquals(Status.CONTRADICTED, status(c, new Claim.TickValues(ay, List.of(1.0, 10.0, 100.0, 1000.0, 1e4, 1e5))));
        assertEquals(Status.UNVERIFIABLE, status(c, new Claim.TickValues(ax, List.of(0.0, 25.0, 50.0, 75.0, 100.0))),
                "the label at 50 was not readable");
        assertEquals(Status.SUPPORTED, status(c, new Claim.TickInterval(ax, 25, Claim.Spacing.ADDITIVE)),
                "25 apart, with one label unread");
        assertEquals(Status.CONTRADICTED, status(c, new Claim.TickInterval(ax, 20, Claim.Spacing.ADDITIVE)));
        assertEquals(Status.CONTRADICTED, status(c, new Claim.TickInterval(ax, 10, Claim.Spacing.MULTIPLICATIVE)));
        assertEquals(Status.SUPPORTED, status(c, new Claim.TickInterval(ay, 10, Claim.Spacing.MULTIPLICATIVE)));
    }

    @Test
    void comparesTitlesModuloCaseSpacesAndOcrConfusions() {
        DigitizedChart c = logChart();
        assertEquals(Status.SUPPORTED, status(c, new Claim.Title("l0 over  training steps")));
        assertEquals(Status.CONTRADICTED, status(c, new Claim.Title("Loss over Training Steps")));
        assertEquals(Status.SUPPORTED, status(c, new Claim.AxisTitle(Axis.Y, "L0")), "the image reads LO");
        assertEquals(Status.CONTRADICTED, status(c, new Claim.AxisTitle(Axis.X, "Epochs")));
        DigitizedChart untitled = new DigitizedChart("t.png", 600, 400, Optional.empty(), Optional.empty(),
                Optional.empty(), c.plotArea(), c.x(), c.y(), c.series(), List.of());
        assertEquals(Status.UNVERIFIABLE, status(untitled, new Claim.Title("Anything")));
    }

    @Test
    void checksScalesOfTheNamedAxisOrOfEither() {
        DigitizedChart c = logChart();
        assertEquals(Status.SUPPORTED, status(c, new Claim.Scale(Optional.of(Axis.Y), ScaleType.LOG)));
        assertEquals(Status.CONTRADICTED, status(c, new Claim.Scale(Optional.of(Axis.Y), ScaleType.LINEAR)));
        assertEquals(Status.SUPPORTED, status(c, new Claim.Scale(Optional.empty(), ScaleType.LOG)));
        Verdict v = checker.check(c, new Claim(3, "The y axis is linear.",
                new Claim.Scale(Optional.of(Axis.Y), ScaleType.LINEAR)));
        assertEquals(Optional.of("log"), v.measured());
        assertTrue(v.reason().contains("log"), v.reason());
    }
}
