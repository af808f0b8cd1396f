package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.TickLabel;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One axis as the checks see it: its extent at the plot-area edges and a normalised display
 * coordinate, 0 at the smallest value shown and 1 at the largest (so distances are shares of the
 * span, relative on a log axis).
 *
 * @param cal  the calibration
 * @param dMin display value (value, or log10 of it) of the smaller edge
 * @param dMax display value of the larger edge
 */
record AxisView(AxisCalibration cal, double dMin, double dMax) {
    AxisView {
        if (!(dMax > dMin)) {
            throw new IllegalArgumentException("axis with no extent: " + dMin + ".." + dMax);
        }
    }

    static AxisView x(DigitizedChart c) {
        PlotArea pa = c.plotArea();
        return of(c.x(), pa.left(), pa.right());
    }

    static AxisView y(DigitizedChart c) {
        PlotArea pa = c.plotArea();
        return of(c.y(), pa.bottom(), pa.top());
    }

    private static AxisView of(AxisCalibration cal, double px0, double px1) {
        double a = cal.scale().toDisplay(cal.toValue(px0));
        double b = cal.scale().toDisplay(cal.toValue(px1));
        return new AxisView(cal, Math.min(a, b), Math.max(a, b));
    }

    String name() {
        return cal.axis().key();
    }

    double min() {
        return cal.scale().fromDisplay(dMin);
    }

    double max() {
        return cal.scale().fromDisplay(dMax);
    }

    /** Normalised display coordinate of a value; empty where it cannot be shown (0 on a log axis). */
    OptionalDouble norm(double value) {
        double d = cal.scale().toDisplay(value);
        return Double.isFinite(d) ? OptionalDouble.of((d - dMin) / (dMax - dMin)) : OptionalDouble.empty();
    }

    /** The value at a normalised display coordinate. */
    double value(double norm) {
        return cal.scale().fromDisplay(dMin + norm * (dMax - dMin));
    }

    /** Values of the tick labels the calibration accepted, ascending, without repeats. */
    List<Double> ticks() {
        return cal.accepted().stream().map(TickLabel::value).distinct().sorted().toList();
    }

    /** "0.9997 to 9949, log". */
    String describe() {
        return Quantity.format(min()) + " to " + Quantity.format(max()) + ", " + cal.scale().key();
    }
}
