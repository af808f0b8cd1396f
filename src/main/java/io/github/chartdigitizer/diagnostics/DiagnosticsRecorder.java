package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.Stage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.TickLabel;
import java.util.List;
import java.util.Optional;

/**
 * Where the stages put what they found, and what they rejected and why, as they go. The
 * pipeline calls these in stage order; a stage that fails leaves the later calls out and
 * reports {@link #failure}. Use {@link #none()} when nobody looks (it does nothing, and callers
 * skip building costly arguments when {@link #enabled()} is false), or {@link #collecting()} to
 * get a {@link DiagnosticReport}.
 */
public interface DiagnosticsRecorder {
    /** A recorder that keeps nothing. */
    static DiagnosticsRecorder none() {
        return Silent.INSTANCE;
    }

    /** A recorder that keeps everything for a {@link DiagnosticReport}; one per chart, not thread-safe. */
    static DiagnosticsCollector collecting() {
        return new DiagnosticsCollector();
    }

    /** Whether anything is kept: when false, callers need not build the arguments. */
    default boolean enabled() {
        return true;
    }

    /** The input: its name and size in pixels. */
    void image(String name, int width, int height);

    /** The plot area, page and panel colours and every long line seen. */
    void plotFrame(PlotFrame frame);

    /** One axis' tick labels as read, before calibration ({@link TickLabel.Status#PENDING}). */
    void tickLabels(Axis axis, List<TickLabel> labels);

    /** One axis' fitted mapping; its labels carry what the fit did with each. */
    void calibration(AxisCalibration calibration);

    /**
     * Legend entries found inside the plot, left out of the data.
     *
     * @param entries each entry's text
     * @param frame   the legend's box, when its entries form one column
     */
    void legend(List<PixelBox> entries, Optional<PixelBox> frame);

    /** A legend entry that named a series. */
    void legendMatch(LegendMatch match);

    /** Every traced line, reported or dropped. */
    void traces(List<TracedLine> lines);

    /** The chart's confidence and its warnings, once digitized. */
    void result(ChartConfidence confidence, List<String> warnings);

    /** Digitizing stopped at {@code stage}. */
    void failure(Stage stage, String message);

    /** The recorder of {@link #none()}. */
    final class Silent implements DiagnosticsRecorder {
        private static final Silent INSTANCE = new Silent();

        private Silent() {
        }

        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void image(String name, int width, int height) {
        }

        @Override
        public void plotFrame(PlotFrame frame) {
        }

        @Override
        public void tickLabels(Axis axis, List<TickLabel> labels) {
        }

        @Override
        public void calibration(AxisCalibration calibration) {
        }

        @Override
        public void legend(List<PixelBox> entries, Optional<PixelBox> frame) {
        }

        @Override
        public void legendMatch(LegendMatch match) {
        }

        @Override
        public void traces(List<TracedLine> lines) {
        }

        @Override
        public void result(ChartConfidence confidence, List<String> warnings) {
        }

        @Override
        public void failure(Stage stage, String message) {
        }
    }
}
