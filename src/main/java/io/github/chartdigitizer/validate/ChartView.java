package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * A digitized chart prepared for checking: both axes in normalised display coordinates and
 * every series that has at least two points the axes can show.
 */
record ChartView(DigitizedChart chart, AxisView x, AxisView y, List<Curve> curves) {
    ChartView {
        curves = List.copyOf(curves);
    }

    static ChartView of(DigitizedChart chart) {
        AxisView x = AxisView.x(chart);
        AxisView y = AxisView.y(chart);
        List<Curve> curves = new ArrayList<>();
        for (Series s : chart.series()) {
            Curve.of(s, x, y).ifPresent(curves::add);
        }
        return new ChartView(chart, x, y, curves);
    }

    AxisView axis(Axis a) {
        return a == Axis.X ? x : y;
    }
}
