package io.github.chartdigitizer.model;

import java.util.List;
import java.util.Objects;
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
 * @param warnings recoverable oddities and doubts, in plain words
 * @param confidence how far the result can be trusted; empty for a chart not digitized from an
 *                   image (built by hand)
 */
public record DigitizedChart(String image, int width, int height, Optional<String> title, Optional<String> xLabel,
                             Optional<String> yLabel, PlotArea plotArea, AxisCalibration x, AxisCalibration y,
                             List<Series> series, List<String> warnings, Optional<ChartConfidence> confidence) {
    public DigitizedChart {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(confidence, "confidence");
    }

    /** A chart without a confidence (built by hand, not digitized). */
    public DigitizedChart(String image, int width, int height, Optional<String> title, Optional<String> xLabel,
                          Optional<String> yLabel, PlotArea plotArea, AxisCalibration x, AxisCalibration y,
                          List<Series> series, List<String> warnings) {
        this(image, width, height, title, xLabel, yLabel, plotArea, x, y, series, warnings, Optional.empty());
    }

    public DigitizedChart withSeries(List<Series> s) {
        return new DigitizedChart(image, width, height, title, xLabel, yLabel, plotArea, x, y, s, warnings, confidence);
    }
}
