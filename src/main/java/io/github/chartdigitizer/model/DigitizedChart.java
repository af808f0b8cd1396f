package io.github.chartdigitizer.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one chart image.
 *
 * @param image    file name of the input
 * @param width    image width in pixels
 * @param height   image height in pixels
 * @param title    chart title, if one was read
 * @param xLabel   x axis title, if one was read
 * @param yLabel   y axis title, if one was read
 * @param warnings recoverable oddities, in plain words
 */
public record DigitizedChart(String image, int width, int height, Optional<String> title, Optional<String> xLabel,
                             Optional<String> yLabel, PlotArea plotArea, AxisCalibration x, AxisCalibration y,
                             List<Series> series, List<String> warnings) {
    public DigitizedChart {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }

    public DigitizedChart withSeries(List<Series> s) {
        return new DigitizedChart(image, width, height, title, xLabel, yLabel, plotArea, x, y, s, warnings);
    }
}
