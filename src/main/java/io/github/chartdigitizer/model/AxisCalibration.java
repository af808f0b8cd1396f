package io.github.chartdigitizer.model;

import java.util.List;

/**
 * Pixel to value mapping of one axis: display(value) = intercept + slope * pixel, where display
 * is the value itself on a linear axis and log10(value) on a log axis. Pixels are continuous
 * image coordinates (see package docs).
 *
 * @param rmsResidualPx root-mean-square distance in pixels of the accepted labels from the fit
 * @param labels        every label considered, with its status
 */
public record AxisCalibration(Axis axis, ScaleType scale, double slope, double intercept, double rmsResidualPx,
                              List<TickLabel> labels) {
    public AxisCalibration {
        if (!Double.isFinite(slope) || slope == 0 || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("bad calibration slope/intercept: " + slope + ", " + intercept);
        }
        labels = List.copyOf(labels);
    }

    public double toValue(double px) {
        return scale.fromDisplay(intercept + slope * px);
    }

    public double toPixel(double value) {
        return (scale.toDisplay(value) - intercept) / slope;
    }

    /** Labels the fit used. */
    public List<TickLabel> accepted() {
        return labels.stream().filter(l -> l.status() == TickLabel.Status.ACCEPTED).toList();
    }
}
