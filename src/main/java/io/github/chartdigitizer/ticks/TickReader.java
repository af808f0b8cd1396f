package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.text.TextGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns located label groups into positioned, read and parsed tick labels. */
public final class TickReader {
    private final TickMarkFinder marks;
    private final TickLabelReader reader;

    public TickReader(TickMarkFinder marks, TickLabelReader reader) {
        this.marks = marks;
        this.reader = reader;
    }

    /** The labels of one axis, and whether they are written as powers of ten. */
    public record AxisLabels(List<TickLabel> labels, boolean powersOfTen) {
        public AxisLabels {
            labels = List.copyOf(labels);
        }
    }

    /** "10" followed by one or two digits, maybe signed: a power of ten whose exponent OCR did not see raised. */
    private static final Pattern MERGED_POWER = Pattern.compile("10([-\u2212]?\\d{1,2})");

    /** Other values OCR text may stand for. */
    static List<Double> alternatives(String text) {
        Matcher m = MERGED_POWER.matcher(text);
        if (m.matches()) {
            return List.of(Math.pow(10, Integer.parseInt(m.group(1).replace('\u2212', '-'))));
        }
        return List.of();
    }

    public AxisLabels read(RasterImage img, PlotFrame frame, Axis axis, AxisSide side, List<TextGroup> groups) {
        List<TickLabel> out = new ArrayList<>();
        int powers = 0;
        for (TextGroup g : groups) {
            boolean x = axis == Axis.X;
            double center = x ? g.box().centerX() : g.box().centerY();
            double half = Math.max(3, (x ? g.box().width() : g.box().height()) / 2.0);
            OptionalDouble snapped = marks.find(img, frame, side, center, half);
            String text = reader.read(img, g, frame.pageColor());
            var parsed = LabelParser.parse(text);
            double value = parsed.map(LabelParser.ParsedLabel::value).orElse(Double.NaN);
            if (parsed.isPresent() && parsed.get().form() == LabelParser.Form.POWER_OF_TEN
                    || parsed.isPresent() && parsed.get().form() == LabelParser.Form.E_NOTATION) {
                powers++;
            }
            out.add(new TickLabel(axis, snapped.orElse(center), text, value, alternatives(text), g.box(),
                    snapped.isPresent(), TickLabel.Status.PENDING));
        }
        return new AxisLabels(out, powers > 0 && powers * 2 >= groups.size());
    }
}
