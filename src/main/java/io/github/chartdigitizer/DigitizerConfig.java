package io.github.chartdigitizer;

import io.github.chartdigitizer.calibration.FitConfig;
import io.github.chartdigitizer.image.ImageLoader;
import io.github.chartdigitizer.plotarea.PlotAreaConfig;
import io.github.chartdigitizer.segmentation.SegmentationConfig;
import io.github.chartdigitizer.text.InkConfig;
import io.github.chartdigitizer.text.OcrConfig;
import io.github.chartdigitizer.ticks.TickConfig;
import io.github.chartdigitizer.tracing.TraceConfig;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of the pipeline, one record per stage.
 *
 * @param modelDir folder with {@code eng.traineddata}; empty to locate it (see
 *                 {@link io.github.chartdigitizer.ocr.ModelLocator})
 * @param readTitles whether to OCR the title and axis titles (about a third of the OCR time)
 */
public record DigitizerConfig(Optional<Path> modelDir, ImageLoader.Limits limits, PlotAreaConfig plotArea,
                              InkConfig ink, OcrConfig ocr, TickConfig ticks, FitConfig fit,
                              SegmentationConfig segmentation, TraceConfig trace, boolean readTitles) {
    public static final DigitizerConfig DEFAULTS = new DigitizerConfig(Optional.empty(), ImageLoader.Limits.DEFAULTS,
            PlotAreaConfig.DEFAULTS, InkConfig.DEFAULTS, OcrConfig.DEFAULTS, TickConfig.DEFAULTS, FitConfig.DEFAULTS,
            SegmentationConfig.DEFAULTS, TraceConfig.DEFAULTS, true);

    public DigitizerConfig {
        Objects.requireNonNull(modelDir, "modelDir");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(plotArea, "plotArea");
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(ocr, "ocr");
        Objects.requireNonNull(ticks, "ticks");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(trace, "trace");
    }

    public DigitizerConfig withModelDir(Path dir) {
        return new DigitizerConfig(Optional.of(dir), limits, plotArea, ink, ocr, ticks, fit, segmentation, trace, readTitles);
    }

    public DigitizerConfig withLimits(ImageLoader.Limits l) {
        return new DigitizerConfig(modelDir, l, plotArea, ink, ocr, ticks, fit, segmentation, trace, readTitles);
    }

    public DigitizerConfig withReadTitles(boolean b) {
        return new DigitizerConfig(modelDir, limits, plotArea, ink, ocr, ticks, fit, segmentation, trace, b);
    }
}
