package io.github.chartdigitizer.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.AxisConfidence;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.LineStyle;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.SeriesConfidence;
import io.github.chartdigitizer.model.TickLabel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of a chart (schema version 1). The bench scorer reads
 * {@code axes.*.scale|min|max} and {@code series[].points}; keep those names. A digitized chart
 * also carries {@code confidence} (0..1) at the top, on each axis and on each series, each with
 * the {@code evidence} it rests on; these keys were added to version 1 without a bump because
 * they are optional and no existing key changed (absent on charts built by hand). Pixel positions
 * are rounded to {@link #DIGITS} significant digits; data values to a step of
 * {@link #SPAN_RESOLUTION} of their axis' span (a relative step on a log axis), so a narrow range
 * far from zero (1000010..1000060) keeps its precision and output stays stable and readable.
 */
public final class ChartJson {
    public static final int SCHEMA_VERSION = 1;
    /** Significant digits of pixel positions and other plain numbers. */
    static final int DIGITS = 7;
    /** Value resolution as a share of the axis span: a pixel is at best 1/5000 of an axis. */
    static final double SPAN_RESOLUTION = 1e-7;
    /** Decimals of confidence scores and shares. */
    static final int SCORE_DIGITS = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ChartJson() {
    }

    @JsonPropertyOrder({"schemaVersion", "tool", "image", "width", "height", "title", "confidence", "plotArea", "axes",
        "series", "warnings"})
    record Doc(int schemaVersion, Tool tool, String image, int width, int height, String title, Double confidence,
               Area plotArea, Axes axes, List<SeriesDoc> series, List<String> warnings) {
    }

    record Tool(String name, String version) {
    }

    @JsonPropertyOrder({"left", "top", "right", "bottom", "frame"})
    record Area(double left, double top, double right, double bottom, String frame) {
    }

    record Axes(AxisDoc x, AxisDoc y) {
    }

    @JsonPropertyOrder({"label", "scale", "min", "max", "rmsResidualPx", "confidence", "evidence", "ticks"})
    record AxisDoc(String label, String scale, double min, double max, double rmsResidualPx, Double confidence,
                   AxisEvidence evidence, List<TickDoc> ticks) {
    }

    @JsonPropertyOrder({"labelsUsed", "labelsRejected", "labelsGuessed", "residualPx", "otherScaleFits"})
    record AxisEvidence(int labelsUsed, int labelsRejected, int labelsGuessed, double residualPx,
                        boolean otherScaleFits) {
    }

    /** {@code weight} only when the value is not the plain reading (an OCR confusion or a guess). */
    @JsonPropertyOrder({"value", "text", "pixel", "snapped", "status", "weight"})
    record TickDoc(Double value, String text, double pixel, boolean snapped, String status, Double weight) {
    }

    @JsonPropertyOrder({"name", "color", "style", "coverage", "confidence", "evidence", "points"})
    record SeriesDoc(String name, String color, String style, double coverage, Double confidence, SeriesEvidence evidence,
                     List<PointDoc> points) {
    }

    @JsonPropertyOrder({"xCoverage", "bridged", "thicknessConsistency", "nearTwin"})
    record SeriesEvidence(double xCoverage, double bridged, double thicknessConsistency, boolean nearTwin) {
    }

    record PointDoc(double x, double y) {
    }

    public static String write(DigitizedChart c, Sampling sampling) {
        try {
            return MAPPER.writeValueAsString(toDoc(c, sampling));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise chart", e);
        }
    }

    static Doc toDoc(DigitizedChart c, Sampling sampling) {
        PlotArea pa = c.plotArea();
        Area area = new Area(round(pa.left()), round(pa.top()), round(pa.right()), round(pa.bottom()),
                pa.frame().name().toLowerCase(java.util.Locale.ROOT));
        AxisDoc x = axis(c.x(), c.xLabel().orElse(null), pa.left(), pa.right(), c.confidence().map(ChartConfidence::x));
        AxisDoc y = axis(c.y(), c.yLabel().orElse(null), pa.bottom(), pa.top(), c.confidence().map(ChartConfidence::y));
        Rounding rx = Rounding.of(c.x(), pa.left(), pa.right());
        Rounding ry = Rounding.of(c.y(), pa.bottom(), pa.top());
        List<SeriesDoc> series = c.series().stream()
                .map(s -> Sampling.apply(sampling, s, c.x(), c.y()))
                .map(s -> new SeriesDoc(s.name(), s.color(), s.style().map(LineStyle::key).orElse(null), round(s.coverage()),
                        s.confidence().map(k -> score(k.score())).orElse(null),
                        s.confidence().map(ChartJson::evidence).orElse(null),
                        s.points().stream().map(p -> new PointDoc(rx.apply(p.x()), ry.apply(p.y()))).toList()))
                .toList();
        return new Doc(SCHEMA_VERSION, new Tool("chart-digitizer", Version.get()), c.image(), c.width(), c.height(),
                c.title().orElse(null), c.confidence().map(k -> score(k.score())).orElse(null), area, new Axes(x, y),
                series, c.warnings());
    }

    private static AxisDoc axis(AxisCalibration cal, String label, double minPx, double maxPx,
                                Optional<AxisConfidence> confidence) {
        List<TickDoc> ticks = cal.labels().stream().map(ChartJson::tick).toList();
        Rounding r = Rounding.of(cal, minPx, maxPx);
        return new AxisDoc(label, cal.scale().key(), r.apply(cal.toValue(minPx)), r.apply(cal.toValue(maxPx)),
                round(cal.rmsResidualPx()), confidence.map(k -> score(k.score())).orElse(null),
                confidence.map(k -> new AxisEvidence(k.labelsUsed(), k.labelsRejected(), k.labelsGuessed(),
                        score(k.residualPx()), k.otherScaleFits())).orElse(null), ticks);
    }

    private static SeriesEvidence evidence(SeriesConfidence k) {
        return new SeriesEvidence(score(k.xCoverage()), score(k.bridged()), score(k.thicknessConsistency()), k.nearTwin());
    }

    /** Scores and shares to {@link #SCORE_DIGITS} decimals: they are judgements, not measurements. */
    static double score(double v) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).setScale(SCORE_DIGITS, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Rounds values of one axis: to a fixed step on a linear axis, to relative digits on a log one. */
    record Rounding(ScaleType scale, double step) {
        static Rounding of(AxisCalibration cal, double px0, double px1) {
            double span = Math.abs(cal.scale().toDisplay(cal.toValue(px1)) - cal.scale().toDisplay(cal.toValue(px0)));
            double step = span > 0 && Double.isFinite(span)
                    ? Math.pow(10, Math.floor(Math.log10(span * SPAN_RESOLUTION))) : 0;
            return new Rounding(cal.scale(), step);
        }

        double apply(double v) {
            if (!Double.isFinite(v) || step == 0) {
                return v;
            }
            if (scale == ScaleType.LOG) {
                // A display-space step d is a relative step of about d * ln 10 in the value.
                int digits = (int) Math.max(DIGITS, Math.ceil(-Math.log10(step)) + 1);
                return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(digits)).doubleValue();
            }
            return new BigDecimal(v).setScale((int) -Math.round(Math.log10(step)), java.math.RoundingMode.HALF_EVEN)
                    .doubleValue();
        }
    }

    private static TickDoc tick(TickLabel l) {
        return new TickDoc(l.hasValue() ? round(l.value()) : null, l.text(), round(l.pixel()), l.snapped(),
                l.status().name().toLowerCase(java.util.Locale.ROOT), l.weight() < 1 ? round(l.weight()) : null);
    }

    static double round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(DIGITS)).doubleValue();
    }
}
