package io.github.chartdigitizer;

import io.github.chartdigitizer.calibration.AxisFitter;
import io.github.chartdigitizer.confidence.ConfidenceConfig;
import io.github.chartdigitizer.confidence.ConfidenceEstimator;
import io.github.chartdigitizer.confidence.LineEvidence;
import io.github.chartdigitizer.diagnostics.DiagnosticsRecorder;
import io.github.chartdigitizer.diagnostics.LegendMatch;
import io.github.chartdigitizer.diagnostics.TracedLine;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.image.ImageLoader;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.legend.LegendDetector;
import io.github.chartdigitizer.legend.LegendEntry;
import io.github.chartdigitizer.legend.LegendNamer;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.LineStyle;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.model.SeriesConfidence;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.ocr.ModelLocator;
import io.github.chartdigitizer.plotarea.LinePlotAreaDetector;
import io.github.chartdigitizer.plotarea.PlotAreaDetector;
import io.github.chartdigitizer.segmentation.ColorSegmenter;
import io.github.chartdigitizer.segmentation.SeriesMask;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.InkComponents;
import io.github.chartdigitizer.text.TextGroup;
import io.github.chartdigitizer.text.TextReader;
import io.github.chartdigitizer.ticks.AxisOffset;
import io.github.chartdigitizer.ticks.AxisSide;
import io.github.chartdigitizer.ticks.ChartText;
import io.github.chartdigitizer.ticks.TesseractLabelReader;
import io.github.chartdigitizer.ticks.TickLabelLocator;
import io.github.chartdigitizer.ticks.TickMarkFinder;
import io.github.chartdigitizer.ticks.TickReader;
import io.github.chartdigitizer.tracing.CurveTracer;
import io.github.chartdigitizer.tracing.Duplicates;
import io.github.chartdigitizer.tracing.LineWidth;
import io.github.chartdigitizer.tracing.Occlusion;
import io.github.chartdigitizer.tracing.PixelTrace;
import io.github.chartdigitizer.tracing.StyleGuess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library's entry point: image in, {@link DigitizedChart} out. Thread-safe: stages are
 * stateless and each thread gets its own OCR engine. Never prints, exits or writes files.
 */
public final class Digitizer {
    private final DigitizerConfig config;
    private final ImageLoader loader;
    private final PlotAreaDetector plotArea;
    private final TickLabelLocator locator;
    private final TickReader ticks;
    /** Reads an axis's tick labels again, at another scale, when they fit no scale. */
    private final TickReader ticksAgain;
    private final TextReader text;
    private final AxisCalibrator calibrator;
    private final ColorSegmenter segmenter;
    private final CurveTracer tracer;
    private final LegendDetector legends = new LegendDetector();
    private final LegendNamer legendNamer = new LegendNamer();
    private final ConfidenceEstimator confidence = new ConfidenceEstimator(ConfidenceConfig.DEFAULTS);

    private Digitizer(DigitizerConfig config) {
        this.config = config;
        Path models = config.modelDir().orElseGet(ModelLocator::locate);
        this.loader = new ImageLoader(config.limits());
        this.plotArea = new LinePlotAreaDetector(config.plotArea());
        this.locator = new TickLabelLocator(config.ticks());
        this.text = new TextReader(models, config.ocr());
        TickMarkFinder marks = new TickMarkFinder(config.ticks());
        this.ticks = new TickReader(marks, new TesseractLabelReader(text));
        this.ticksAgain = new TickReader(marks,
                new TesseractLabelReader(new TextReader(models, config.ocr().withTargetHeight(config.ocr().retryHeight()))));
        this.calibrator = new AxisCalibrator(new AxisFitter(config.fit()));
        this.segmenter = new ColorSegmenter(config.segmentation());
        this.tracer = new CurveTracer(config.trace());
    }

    public static Digitizer create(DigitizerConfig config) {
        return new Digitizer(config);
    }

    public DigitizerConfig config() {
        return config;
    }

    public DigitizedChart digitize(Path path) throws ImageLoadException, DigitizeException {
        return digitize(path, DiagnosticsRecorder.none());
    }

    /**
     * Digitizes an image file, recording what each stage found in {@code diag}; when a stage
     * fails, {@code diag} keeps everything up to it and the failure.
     */
    public DigitizedChart digitize(Path path, DiagnosticsRecorder diag) throws ImageLoadException, DigitizeException {
        return digitize(load(path), path.getFileName().toString(), diag);
    }

    /** Reads an image file as the pipeline does, within this digitizer's size limits. */
    public RasterImage load(Path path) throws ImageLoadException {
        return loader.load(path);
    }

    public DigitizedChart digitize(RasterImage img, String name) throws DigitizeException {
        return digitize(img, name, DiagnosticsRecorder.none());
    }

    /**
     * Digitizes an image, recording what each stage found in {@code diag}; when a stage fails,
     * {@code diag} keeps everything up to it and the failure.
     */
    public DigitizedChart digitize(RasterImage img, String name, DiagnosticsRecorder diag) throws DigitizeException {
        diag.image(name, img.width(), img.height());
        Progress progress = new Progress();
        try {
            return run(img, name, diag, progress);
        } catch (DigitizeException e) {
            diag.failure(e.stage(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            diag.failure(progress.stage, "internal error: " + e);
            throw e;
        }
    }

    /** The stage under way, for a failure the stage did not report itself. */
    private static final class Progress {
        Stage stage = Stage.PLOT_AREA;
    }

    private DigitizedChart run(RasterImage img, String name, DiagnosticsRecorder diag, Progress progress)
            throws DigitizeException {
        PlotFrame frame = plotArea.detect(img);
        diag.plotFrame(frame);
        progress.stage = Stage.TICK_LABELS;
        List<Glyph> glyphs = InkComponents.find(img, frame.pageColor(), config.ink());
        ChartText layout = locator.locate(glyphs, frame.area(), img.width(), img.height());
        List<String> warnings = new ArrayList<>();

        Optional<AxisOffset> xOffset = ticks.readOffset(img, layout.xOffset(), frame.pageColor());
        Optional<AxisOffset> yOffset = ticks.readOffset(img, layout.yOffset(), frame.pageColor());
        // Level text of the chart's font, to tell x labels the library turned.
        int levelHeight = TextGroup.medianGlyphHeight(layout.yLabels());
        TickReader.AxisLabels xl = ticks.read(img, frame, Axis.X, AxisSide.BOTTOM, layout.xLabels(), xOffset, levelHeight);
        TickReader.AxisLabels yl = ticks.read(img, frame, Axis.Y, layout.ySide(), layout.yLabels(), yOffset);
        diag.tickLabels(Axis.X, xl.labels());
        diag.tickLabels(Axis.Y, yl.labels());
        progress.stage = Stage.CALIBRATION;
        AxisCalibrator.Fitted fx = calibrator.fit(Axis.X, new AxisCalibrator.Readings(xl,
                () -> ticksAgain.read(img, frame, Axis.X, AxisSide.BOTTOM, layout.xLabels(), xOffset, levelHeight),
                () -> ticks.match(img, frame, Axis.X, xl, xOffset), ls -> ticks.confirmUnread(img, frame, ls)), warnings);
        AxisCalibration x = fx.calibration();
        diag.calibration(x);
        AxisCalibrator.Fitted fy = calibrator.fit(Axis.Y, new AxisCalibrator.Readings(yl,
                () -> ticksAgain.read(img, frame, Axis.Y, layout.ySide(), layout.yLabels(), yOffset),
                () -> ticks.match(img, frame, Axis.Y, yl, yOffset), ls -> ticks.confirmUnread(img, frame, ls)), warnings);
        AxisCalibration y = fy.calibration();
        diag.calibration(y);
        noteRejected(x, warnings);
        noteRejected(y, warnings);

        progress.stage = Stage.SEGMENTATION;
        int textHeight = TextGroup.medianGlyphHeight(layout.yLabels().isEmpty() ? layout.xLabels() : layout.yLabels());
        List<LegendEntry> legend = legends.detect(img, frame.pageColor(), glyphs, frame.area(), textHeight);
        List<PixelBox> notData = new ArrayList<>();
        legend.forEach(e -> notData.add(e.exclusion()));
        Optional<PixelBox> legendFrame = LegendDetector.frame(legend, frame.area(), textHeight);
        legendFrame.ifPresent(notData::add);
        diag.legend(legend.stream().map(LegendEntry::textBox).toList(), legendFrame);
        List<PixelTrace> traces = new ArrayList<>();
        Map<Integer, SeriesMask> masks = new HashMap<>();
        for (SeriesMask m : segmenter.segment(img, frame, notData)) {
            progress.stage = Stage.TRACING;
            masks.putIfAbsent(m.color(), m);
            tracer.trace(m).ifPresent(traces::add);
        }
        List<PixelTrace> kept = Occlusion.bridge(Duplicates.drop(traces, frame.panelColor(), frame.area().height()));
        Map<Integer, String> names = config.readTitles() ? legendNames(img, glyphs, layout, frame, kept, legend, diag) : Map.of();
        List<String> seriesNames = new ArrayList<>();
        List<LineEvidence> evidence = new ArrayList<>();
        List<LineStyle> styles = new ArrayList<>();
        for (PixelTrace t : kept) {
            String n = names.getOrDefault(t.color(), "series " + (seriesNames.size() + 1));
            seriesNames.add(n);
            double[] width = LineWidth.along(masks.get(t.color()), t);
            evidence.add(new LineEvidence(n, t.color(), t.xs(), t.ys(), t.observed(), width));
            styles.add(StyleGuess.of(t.observed(), width));
        }
        ConfidenceEstimator.Assessment assessment = confidence.assess(x, y, frame.area(), evidence, fx.reading(), fy.reading());
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            series.add(toSeries(kept.get(i), x, y, seriesNames.get(i), assessment.series().get(i), styles.get(i)));
        }
        if (diag.enabled()) {
            diag.traces(tracedLines(traces, kept, seriesNames, assessment.series()));
        }
        if (series.isEmpty()) {
            throw new DigitizeException(Stage.SEGMENTATION, DigitizeException.Reason.NO_SERIES,
                    "no coloured line inside the plot area");
        }
        progress.stage = Stage.OUTPUT;
        Optional<String> title = Optional.empty(), xTitle = Optional.empty(), yTitle = Optional.empty();
        if (config.readTitles()) {
            title = readText(img, layout.title(), frame.pageColor(), TextReader.Direction.HORIZONTAL);
            xTitle = readText(img, layout.xTitle(), frame.pageColor(), TextReader.Direction.HORIZONTAL);
            yTitle = readYTitle(img, layout, frame.pageColor());
        }
        // The doubts first, then the labels the fit threw out.
        warnings.addAll(0, assessment.warnings());
        diag.result(assessment.chart(), warnings);
        return new DigitizedChart(name, img.width(), img.height(), title, xTitle, yTitle, frame.area(), x, y, series,
                warnings, Optional.of(assessment.chart()));
    }

    /** Every trace for the diagnostics: the reported ones with their names, then those dropped. */
    private static List<TracedLine> tracedLines(List<PixelTrace> all, List<PixelTrace> kept, List<String> names,
                                                List<SeriesConfidence> confidences) {
        List<TracedLine> out = new ArrayList<>();
        Set<Integer> keptColors = new HashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            PixelTrace t = kept.get(i);
            keptColors.add(t.color());
            out.add(new TracedLine(t.color(), names.get(i), t.xs(), t.ys(), t.observed(), TracedLine.Fate.SERIES,
                    Optional.of(confidences.get(i))));
        }
        for (PixelTrace t : all) {
            if (!keptColors.contains(t.color())) {
                out.add(new TracedLine(t.color(), "", t.xs(), t.ys(), t.observed(), TracedLine.Fate.DROPPED_AS_FRINGE,
                        Optional.empty()));
            }
        }
        return out;
    }

    /** A black swatch read as a dash in front of its legend text: "— Position (m)". */
    private static final java.util.regex.Pattern LEADING_SWATCH = java.util.regex.Pattern.compile("^[\\-\u2013\u2014_=~]+\\s+");

    /** Series colour to legend text, for the series whose swatch was found beside a text. */
    private Map<Integer, String> legendNames(RasterImage img, List<Glyph> glyphs, ChartText layout, PlotFrame frame,
                                             List<PixelTrace> traces, List<LegendEntry> legend,
                                             DiagnosticsRecorder diag) {
        Set<Glyph> used = new HashSet<>();
        layout.xLabels().forEach(l -> used.addAll(l.glyphs()));
        layout.yLabels().forEach(l -> used.addAll(l.glyphs()));
        used.addAll(layout.title());
        used.addAll(layout.xTitle());
        used.addAll(layout.yTitle());
        used.addAll(layout.xOffset());
        used.addAll(layout.yOffset());
        int h = TextGroup.medianGlyphHeight(layout.yLabels().isEmpty() ? layout.xLabels() : layout.yLabels());
        List<Integer> colors = traces.stream().map(PixelTrace::color).toList();
        Map<Integer, String> names = new HashMap<>();
        legendNamer.match(img, frame.pageColor(), legendGlyphs(img, glyphs, frame, legend, h), used, frame.area(), h, colors).forEach((color, text) ->
                readText(img, text, frame.pageColor(), TextReader.Direction.HORIZONTAL)
                        .map(n -> LEADING_SWATCH.matcher(n).replaceFirst(""))
                        .filter(n -> n.codePoints().anyMatch(Character::isLetterOrDigit))
                        .ifPresent(n -> {
                            names.put(color, n);
                            diag.legendMatch(new LegendMatch(color, n, TextGroup.of(text).box()));
                        }));
        return names;
    }

    /**
     * The glyphs a legend is read from: around the legend text found inside the plot they are
     * found again with the rules cleared, so a name whose descender touches its legend box or a
     * grid line ("decay", "Adam" on a see-through legend) is not lost in one component with the
     * rule. Only there: clearing rules costs a pass over the pixels.
     */
    private List<Glyph> legendGlyphs(RasterImage img, List<Glyph> glyphs, PlotFrame frame, List<LegendEntry> legend,
                                     int textHeight) {
        if (legend.isEmpty()) {
            return glyphs;
        }
        // Grown by a few lines: entries whose text merged with a rule, or whose letters merged
        // with each other, were not found as legend text.
        PixelBox box = LegendDetector.around(legend).grow(LEGEND_MARGIN_ACROSS * textHeight, LEGEND_MARGIN_ALONG * textHeight)
                .clampedTo(frame.area().interior(FRAME_MARGIN));
        if (box.width() <= 0 || box.height() <= 0) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(InkComponents.findWithoutRules(img, frame.pageColor(), config.ink(), box));
        glyphs.stream().filter(g -> !g.box().intersects(box)).forEach(out::add);
        return out;
    }

    /** Pixels inside the plot area's edge left to the frame line and its anti-aliased rim. */
    private static final int FRAME_MARGIN = 3;
    /** Text heights beside the legend text found in the plot where its glyphs are found again. */
    private static final int LEGEND_MARGIN_ACROSS = 2;
    /** ... and above and below it: about three entries. */
    private static final int LEGEND_MARGIN_ALONG = 6;

    /** The y title: upwards on the left; on the right either way (matplotlib up, ggplot2 down). */
    private Optional<String> readYTitle(RasterImage img, ChartText layout, int page) {
        if (layout.yTitle().isEmpty()) {
            return Optional.empty();
        }
        String s = layout.ySide() == AxisSide.RIGHT ? text.readUprightTitle(img, layout.yTitle(), page)
                : text.readTitle(img, layout.yTitle(), page, TextReader.Direction.UPWARD);
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private Optional<String> readText(RasterImage img, List<Glyph> glyphs, int page, TextReader.Direction dir) {
        if (glyphs.isEmpty()) {
            return Optional.empty();
        }
        String s = text.readTitle(img, glyphs, page, dir);
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static void noteRejected(AxisCalibration c, List<String> warnings) {
        for (var l : c.labels()) {
            switch (l.status()) {
                case REJECTED_NOT_NUMERIC -> warnings.add(c.axis().key() + " tick label \"" + l.text() + "\" rejected: not a number");
                case REJECTED_OUTLIER -> warnings.add(c.axis().key() + " tick label \"" + l.text() + "\" rejected: off the fitted "
                        + c.scale().key() + " scale (misread?)");
                default -> {
                }
            }
        }
    }

    private static Series toSeries(PixelTrace t, AxisCalibration x, AxisCalibration y, String name,
                                   SeriesConfidence confidence, LineStyle style) {
        List<DataPoint> pts = new ArrayList<>(t.xs().length);
        for (int i = 0; i < t.xs().length; i++) {
            pts.add(new DataPoint(x.toValue(t.xs()[i]), y.toValue(t.ys()[i])));
        }
        pts.sort(java.util.Comparator.comparingDouble(DataPoint::x));
        return new Series(name, RasterImage.hex(t.color()), pts, t.coverage(), Optional.of(confidence), Optional.of(style));
    }
}
