package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.Stage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.TickLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps what the stages record for a {@link DiagnosticReport}. One per chart: not thread-safe.
 * {@link #report()} may be called at any time, also after digitizing failed.
 */
public final class DiagnosticsCollector implements DiagnosticsRecorder {
    private String image = "";
    private int width;
    private int height;
    private Optional<PlotFrame> frame = Optional.empty();
    private List<TickLabel> xLabels = List.of();
    private List<TickLabel> yLabels = List.of();
    private Optional<AxisCalibration> x = Optional.empty();
    private Optional<AxisCalibration> y = Optional.empty();
    private List<PixelBox> legendEntries = List.of();
    private Optional<PixelBox> legendFrame = Optional.empty();
    private final List<LegendMatch> legendMatches = new ArrayList<>();
    private List<TracedLine> traces = List.of();
    private Optional<ChartConfidence> confidence = Optional.empty();
    private List<String> warnings = List.of();
    private Optional<Failure> failure = Optional.empty();

    DiagnosticsCollector() {
    }

    @Override
    public void image(String name, int w, int h) {
        image = name;
        width = w;
        height = h;
    }

    @Override
    public void plotFrame(PlotFrame f) {
        frame = Optional.of(f);
    }

    @Override
    public void tickLabels(Axis axis, List<TickLabel> labels) {
        if (axis == Axis.X) {
            xLabels = List.copyOf(labels);
        } else {
            yLabels = List.copyOf(labels);
        }
    }

    @Override
    public void calibration(AxisCalibration c) {
        tickLabels(c.axis(), c.labels());
        if (c.axis() == Axis.X) {
            x = Optional.of(c);
        } else {
            y = Optional.of(c);
        }
    }

    @Override
    public void legend(List<PixelBox> entries, Optional<PixelBox> box) {
        legendEntries = List.copyOf(entries);
        legendFrame = box;
    }

    @Override
    public void legendMatch(LegendMatch match) {
        legendMatches.add(match);
    }

    @Override
    public void traces(List<TracedLine> lines) {
        traces = List.copyOf(lines);
    }

    @Override
    public void result(ChartConfidence c, List<String> w) {
        confidence = Optional.of(c);
        warnings = List.copyOf(w);
    }

    @Override
    public void failure(Stage stage, String message) {
        failure = Optional.of(new Failure(stage, message));
    }

    /** What was recorded so far. */
    public DiagnosticReport report() {
        return new DiagnosticReport(image, width, height, frame, xLabels, yLabels, x, y, legendEntries, legendFrame,
                legendMatches, traces, confidence, warnings, failure);
    }
}
