package io.github.chartdigitizer.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.TickLabel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The JSON form of a chart (schema version 1). The bench scorer reads
 * {@code axes.*.scale|min|max} and {@code series[].points}; keep those names. Pixel positions
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

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ChartJson() {
    }

    @JsonPropertyOrder({"schemaVersion", "tool", "image", "width", "height", "title", "plotArea", "axes", "series", "warnings"})
    record Doc(int schemaVersion, Tool tool, String image, int width, int height, String title, Area plotArea, Axes axes,
               List<SeriesDoc> series, List<String> warnings) {
    }

    record Tool(String name, String version) {
    }

    @JsonPropertyOrder({"left", "top", "right", "bottom", "frame"})
    record Area(double left, double top, double right, double bottom, String frame) {
    }

    record Axes(AxisDoc x, AxisDoc y) {
    }

    @JsonPropertyOrder({"label", "scale", "min", "max", "rmsResidualPx", "ticks"})
    record AxisDoc(String label, String scale, double min, double max, double rmsResidualPx, List<TickDoc> ticks) {
    }

    @JsonPropertyOrder({"value", "text", "pixel", "snapped", "status"})
    record TickDoc(Double value, String text, double pixel, boolean snapped, String status) {
    }

    @JsonPropertyOrder({"name", "color", "coverage", "points"})
    record SeriesDoc(String name, String color, double coverage, List<PointDoc> points) {
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
        AxisDoc x = axis(c.x(), c.xLabel().orElse(null), pa.left(), pa.right());
        AxisDoc y = axis(c.y(), c.yLabel().orElse(null), pa.bottom(), pa.top());
        Rounding rx = Rounding.of(c.x(), pa.left(), pa.right());
        Rounding ry = Rounding.of(c.y(), pa.bottom(), pa.top());
        List<SeriesDoc> series = c.series().stream()
                .map(s -> Sampling.apply(sampling, s, c.x(), c.y()))
                .map(s -> new SeriesDoc(s.name(), s.color(), round(s.coverage()),
                        s.points().stream().map(p -> new PointDoc(rx.apply(p.x()), ry.apply(p.y()))).toList()))
                .toList();
        return new Doc(SCHEMA_VERSION, new Tool("chart-digitizer", Version.get()), c.image(), c.width(), c.height(),
                c.title().orElse(null), area, new Axes(x, y), series, c.warnings());
    }

    private static AxisDoc axis(AxisCalibration cal, String label, double minPx, double maxPx) {
        List<TickDoc> ticks = cal.labels().stream().map(ChartJson::tick).toList();
        Rounding r = Rounding.of(cal, minPx, maxPx);
        return new AxisDoc(label, cal.scale().key(), r.apply(cal.toValue(minPx)), r.apply(cal.toValue(maxPx)),
                round(cal.rmsResidualPx()), ticks);
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
                l.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    static double round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(DIGITS)).doubleValue();
    }
}
