package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.TickLabel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the stages recorded about one chart, up to where they stopped. Pixel coordinates
 * are continuous image coordinates (see the model package).
 *
 * @param image         the input's file name
 * @param width         image width in pixels
 * @param height        image height in pixels
 * @param frame         plot area and rule lines, once found
 * @param xLabels       x tick labels: as read, or with the fit's verdict once calibrated
 * @param yLabels       y tick labels, likewise
 * @param x             the x calibration, once fitted
 * @param y             the y calibration, once fitted
 * @param legendEntries text of the legend entries found inside the plot
 * @param legendFrame   the legend's box, left out of the data
 * @param legendMatches legend entries that named a series
 * @param traces        every traced line, reported or dropped
 * @param confidence    the chart's confidence, when it was digitized
 * @param warnings      the chart's warnings, when it was digitized
 * @param failure       why digitizing stopped, when it did
 */
public record DiagnosticReport(String image, int width, int height, Optional<PlotFrame> frame,
                               List<TickLabel> xLabels, List<TickLabel> yLabels, Optional<AxisCalibration> x,
                               Optional<AxisCalibration> y, List<PixelBox> legendEntries, Optional<PixelBox> legendFrame,
                               List<LegendMatch> legendMatches, List<TracedLine> traces,
                               Optional<ChartConfidence> confidence, List<String> warnings, Optional<Failure> failure) {
    public DiagnosticReport {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(legendFrame, "legendFrame");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(failure, "failure");
        xLabels = List.copyOf(xLabels);
        yLabels = List.copyOf(yLabels);
        legendEntries = List.copyOf(legendEntries);
        legendMatches = List.copyOf(legendMatches);
        traces = List.copyOf(traces);
        warnings = List.copyOf(warnings);
    }

    /** Whether digitizing finished. */
    public boolean succeeded() {
        return failure.isEmpty() && confidence.isPresent();
    }
}
