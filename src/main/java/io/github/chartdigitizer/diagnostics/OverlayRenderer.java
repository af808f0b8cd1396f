package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.diagnostics.OverlayOptions.Layer;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.AxisConfidence;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.RuleLine;
import io.github.chartdigitizer.model.TickLabel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.LineMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Draws a {@link DiagnosticReport} over its image: the image dimmed, then the plot area, each
 * tick label with its OCR text and value (accepted green, rejected red with the reason, not yet
 * fitted orange), the fit's residuals magnified, legend entries, every series redrawn in a
 * contrasting outline with its name and confidence, and a summary box. It works from the report
 * only and never runs a stage. The Java2D adapter: no AWT type leaves this class.
 */
public final class OverlayRenderer {
    /** Used label: green. */
    static final Color ACCEPTED = new Color(0, 150, 40);
    /** Rejected label: red. */
    static final Color REJECTED = new Color(215, 0, 0);
    /** Label read but never fitted (its axis failed): orange. */
    static final Color PENDING = new Color(230, 120, 0);
    /** Plot area: a blue no plotting library's default palette draws lines in. */
    static final Color PLOT_AREA = new Color(0, 90, 255);
    /** Rule lines: teal, drawn faint. */
    static final Color RULES = new Color(0, 150, 150, 140);
    /** Legend entries: purple. */
    static final Color LEGEND = new Color(150, 0, 200);
    /** Residual bars: magenta. */
    static final Color RESIDUAL = new Color(220, 0, 160);
    /** Residuals are drawn this many times longer than they are: a 0.3 px residual becomes 3 px. */
    static final double RESIDUAL_GAIN = 10;
    /**
     * A tick label hidden under the summary box costs as much as this many series points: a
     * label is a reading the user checks, worth about a hundred columns of a traced line.
     */
    static final int LABEL_COST = 100;
    /** How many text lines a tag moves at most to keep off earlier tags. */
    static final int MAX_TAG_MOVES = 4;
    /** Length of a drawn tick mark, in text heights. */
    static final double TICK_LENGTH = 0.6;
    /** Largest share of the image height the summary box may cover; the JSON has every warning. */
    static final double MAX_SUMMARY_SHARE = 0.3;
    /** Text in the summary box wraps at this share of the image width, so that it fits a corner. */
    static final double MAX_SUMMARY_WIDTH = 0.6;
    /** ... but not narrower than this many text heights (about 50 characters). */
    static final double MIN_SUMMARY_EMS = 25;
    /** Residuals smaller than this many pixels are not written beside a label. */
    static final double MIN_RESIDUAL_SHOWN = 0.25;

    private OverlayRenderer() {
    }

    /**
     * The overlay: {@code image} scaled by {@link OverlayOptions#scaleFor(int)} (1, the same size,
     * for all but small images), with the report drawn over it.
     */
    public static RasterImage render(RasterImage image, DiagnosticReport report, OverlayOptions options) {
        int k = options.scaleFor(image.width());
        BufferedImage canvas = dimmed(image, options.dimming(), k);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            // Everything is drawn in image coordinates; text and strokes keep their size in
            // overlay pixels.
            g.scale(k, k);
            int textPx = options.textPxFor(image.height() * k);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) textPx / k));
            new Painter(g, report, options, (double) textPx / k, 1.0 / k, image.width(), image.height()).paint();
        } finally {
            g.dispose();
        }
        return toRaster(canvas);
    }

    /** PNG bytes of an image. */
    public static byte[] png(RasterImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(toBuffered(image), "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG in memory", e);
        }
        return out.toByteArray();
    }

    /** The image blended towards white by {@code dim}, each pixel drawn as a k by k block. */
    private static BufferedImage dimmed(RasterImage img, double dim, int k) {
        int w = img.width() * k;
        BufferedImage out = new BufferedImage(w, img.height() * k, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int c = img.rgb(x, y);
                int r = fade(RasterImage.red(c), dim), gr = fade(RasterImage.green(c), dim), b = fade(RasterImage.blue(c), dim);
                Arrays.fill(row, x * k, x * k + k, r << 16 | gr << 8 | b);
            }
            for (int dy = 0; dy < k; dy++) {
                out.setRGB(0, y * k + dy, w, 1, row, 0, w);
            }
        }
        return out;
    }

    private static int fade(int v, double dim) {
        return (int) Math.round(v + (255 - v) * dim);
    }

    private static BufferedImage toBuffered(RasterImage img) {
        BufferedImage out = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[img.width()];
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                row[x] = img.rgb(x, y);
            }
            out.setRGB(0, y, img.width(), 1, row, 0, img.width());
        }
        return out;
    }

    private static RasterImage toRaster(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        return new RasterImage(w, h, rgb);
    }

    /** One overlay being drawn. */
    private static final class Painter {
        private final Graphics2D g;
        private final DiagnosticReport report;
        private final OverlayOptions options;
        /** Text height in image pixels. */
        private final double em;
        /** One overlay pixel in image pixels (1 / scale). */
        private final double px;
        private final int width;
        private final int height;
        /** Tag boxes already drawn, so later tags move out of their way. */
        private final List<Rectangle2D> taken = new ArrayList<>();

        Painter(Graphics2D g, DiagnosticReport report, OverlayOptions options, double em, double px, int width,
                int height) {
            this.g = g;
            this.report = report;
            this.options = options;
            this.em = em;
            this.px = px;
            this.width = width;
            this.height = height;
        }

        boolean on(Layer l) {
            return options.layers().contains(l);
        }

        void paint() {
            Optional<PlotFrame> frame = report.frame();
            if (on(Layer.RULE_LINES)) {
                frame.ifPresent(f -> ruleLines(f.lines()));
            }
            if (on(Layer.DROPPED_TRACES)) {
                report.traces().stream().filter(t -> t.fate() == TracedLine.Fate.DROPPED_AS_FRINGE).forEach(this::dropped);
            }
            if (on(Layer.PLOT_AREA)) {
                frame.ifPresent(f -> plotArea(f.area()));
            }
            if (on(Layer.LEGEND)) {
                legend();
            }
            if (on(Layer.SERIES)) {
                List<TracedLine> series = report.traces().stream().filter(t -> t.fate() == TracedLine.Fate.SERIES).toList();
                for (TracedLine t : series) {
                    line(t);
                }
                for (int i = 0; i < series.size(); i++) {
                    lineTag(series.get(i), i, series.size());
                }
            }
            if (on(Layer.TICKS) || on(Layer.RESIDUALS)) {
                ticks(report.xLabels(), report.x(), frame.map(PlotFrame::area));
                ticks(report.yLabels(), report.y(), frame.map(PlotFrame::area));
            }
            if (on(Layer.SUMMARY)) {
                summary();
            }
        }

        void ruleLines(List<RuleLine> lines) {
            g.setColor(RULES);
            g.setStroke(stroke(1));
            for (RuleLine l : lines) {
                g.draw(l.horizontal() ? new Line2D.Double(l.start(), l.pos(), l.end(), l.pos())
                        : new Line2D.Double(l.pos(), l.start(), l.pos(), l.end()));
            }
        }

        void plotArea(PlotArea a) {
            g.setColor(PLOT_AREA);
            g.setStroke(stroke(2));
            g.draw(new Rectangle2D.Double(a.left(), a.top(), a.width(), a.height()));
            tag("plot area (" + a.frame().name().toLowerCase(Locale.ROOT) + ")", a.left() + 3 * px, a.top() + 3 * px,
                    PLOT_AREA, false);
        }

        void legend() {
            Stroke dashed = new BasicStroke((float) (1.5 * px), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {(float) (4 * px), (float) (3 * px)}, 0f);
            g.setStroke(dashed);
            g.setColor(LEGEND);
            for (PixelBox b : report.legendEntries()) {
                g.draw(rect(b));
            }
            report.legendFrame().ifPresent(b -> g.draw(rect(b)));
            g.setStroke(stroke(2));
            for (LegendMatch m : report.legendMatches()) {
                Color c = new Color(m.color());
                g.setColor(c);
                g.draw(rect(m.text()));
                tag("legend \u2192 " + m.name(), m.text().left(), m.text().bottom() + 2 * px, darker(c), false);
            }
        }

        void dropped(TracedLine t) {
            g.setColor(new Color(t.color()));
            g.setStroke(new BasicStroke((float) px, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {(float) px, (float) (3 * px)}, 0f));
            g.draw(path(t, true));
        }

        /**
         * A series: a black then a white outline, so it stands out on any background and in any
         * colour, then the series' colour; bridged stretches dashed.
         */
        void line(TracedLine t) {
            double w = Math.max(2 * px, em / 6.0);
            Shape all = path(t, false);
            g.setColor(new Color(0, 0, 0, 200));
            g.setStroke(new BasicStroke((float) (w + 4 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(all);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (w + 2 * px), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(all);
            g.setColor(new Color(t.color()));
            g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(t, true));
            // Bridged stretches: dashed, so that what was seen and what was filled in differ.
            g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {(float) (2 * w), (float) (2 * w)}, 0f));
            g.draw(bridged(t));
        }

        /** Name and confidence beside series i of n, spread along the lines so tags do not pile up. */
        void lineTag(TracedLine t, int i, int n) {
            if (t.xs().length == 0) {
                return;
            }
            double share = n == 1 ? 0.5 : 0.15 + 0.7 * i / (n - 1);
            int k = Math.min(t.xs().length - 1, (int) (share * t.xs().length));
            String text = t.name() + t.confidence().map(c -> String.format(Locale.ROOT, "  %.2f", c.score())).orElse("");
            tag(text, t.xs()[k] + em * 0.5, t.ys()[k] - em * 2, darker(new Color(t.color())), true);
        }

        /** The points as one path, only the seen ones when {@code seenOnly}; broken where columns are skipped. */
        private Shape path(TracedLine t, boolean seenOnly) {
            Path2D.Double p = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < t.xs().length; i++) {
                boolean gap = i > 0 && t.xs()[i] - t.xs()[i - 1] > 1.5;
                if (seenOnly && !t.observed()[i] || gap) {
                    pen = false;
                }
                if (seenOnly && !t.observed()[i]) {
                    continue;
                }
                if (pen) {
                    p.lineTo(t.xs()[i], t.ys()[i]);
                } else {
                    p.moveTo(t.xs()[i], t.ys()[i]);
                    p.lineTo(t.xs()[i], t.ys()[i]);
                    pen = true;
                }
            }
            return p;
        }

        /** The bridged stretches, each from the last seen point before it to the first after. */
        private Shape bridged(TracedLine t) {
            Path2D.Double p = new Path2D.Double();
            int n = t.xs().length;
            for (int i = 0; i < n; i++) {
                if (t.observed()[i]) {
                    continue;
                }
                int a = Math.max(0, i - 1);
                int b = i;
                while (b < n && !t.observed()[b]) {
                    b++;
                }
                b = Math.min(n - 1, b);
                p.moveTo(t.xs()[a], t.ys()[a]);
                for (int k = a + 1; k <= b; k++) {
                    p.lineTo(t.xs()[k], t.ys()[k]);
                }
                i = b;
            }
            return p;
        }

        void ticks(List<TickLabel> labels, Optional<AxisCalibration> cal, Optional<PlotArea> area) {
            double len = TICK_LENGTH * em;
            for (TickLabel l : labels) {
                Color c = color(l.status());
                boolean xAxis = l.axis() == io.github.chartdigitizer.model.Axis.X;
                // The edge the labels stand beside: bottom for x, left or right for y.
                double edge = area.map(a -> xAxis ? a.bottom()
                        : l.box().centerX() > a.right() ? a.right() : a.left()).orElse((double) (xAxis ? l.box().top() : l.box().right()));
                double out = xAxis ? 1 : area.map(a -> l.box().centerX() > a.right() ? 1.0 : -1.0).orElse(-1.0);
                if (on(Layer.TICKS)) {
                    g.setColor(c);
                    g.setStroke(stroke(1.5));
                    g.draw(rect(l.box()));
                    g.draw(xAxis ? new Line2D.Double(l.pixel(), edge, l.pixel(), edge + len)
                            : new Line2D.Double(edge, l.pixel(), edge + out * len, l.pixel()));
                }
                if (on(Layer.RESIDUALS) && l.status() == TickLabel.Status.ACCEPTED && cal.isPresent()) {
                    double r = l.pixel() - cal.get().toPixel(l.value());
                    g.setColor(RESIDUAL);
                    g.setStroke(stroke(2));
                    double at = edge + out * len;
                    g.draw(xAxis ? new Line2D.Double(l.pixel(), at, l.pixel() - r * RESIDUAL_GAIN, at)
                            : new Line2D.Double(at, l.pixel(), at, l.pixel() - r * RESIDUAL_GAIN));
                }
                if (on(Layer.TICKS)) {
                    String text = tickText(l, cal);
                    double tw = textWidth(text) + 4 * px;
                    if (xAxis) {
                        tag(text, l.box().centerX() - tw / 2, l.box().bottom() + 2 * px, c, true);
                    } else if (out < 0 && l.box().left() - tw - 2 * px >= 0
                            || out > 0 && l.box().right() + tw + 2 * px > width) {
                        tag(text, l.box().left() - tw - 2 * px, l.box().centerY() - em * 0.7, c, true);
                    } else {
                        tag(text, l.box().right() + 2 * px, l.box().centerY() - em * 0.7, c, true);
                    }
                }
            }
        }

        /**
         * What OCR read, and the value when it differs from the text ({@code 10^3=1000}); the
         * reason for a rejection; the residual of a used label.
         */
        private String tickText(TickLabel l, Optional<AxisCalibration> cal) {
            String value = l.hasValue() && !sameNumber(l.text(), l.value()) ? "=" + number(l.value()) : "";
            return switch (l.status()) {
                case ACCEPTED -> {
                    String s = l.text() + value;
                    if (l.weight() < 1) {
                        s += l.weight() <= io.github.chartdigitizer.model.Alternative.GUESS ? " (guess)" : " (OCR fix)";
                    }
                    if (on(Layer.RESIDUALS) && cal.isPresent()) {
                        double r = l.pixel() - cal.get().toPixel(l.value());
                        if (Math.abs(r) >= MIN_RESIDUAL_SHOWN) {
                            s += String.format(Locale.ROOT, " \u0394%.1fpx", r);
                        }
                    }
                    yield s;
                }
                case REJECTED_NOT_NUMERIC -> "\"" + l.text() + "\" \u2717 not a number";
                case REJECTED_OUTLIER -> "\"" + l.text() + "\"" + value + " \u2717 off the fit";
                case PENDING -> "\"" + l.text() + "\"" + value;
            };
        }

        private static boolean sameNumber(String text, double v) {
            try {
                return Double.parseDouble(text) == v;
            } catch (NumberFormatException e) {
                return false; // not plain digits: show the value beside the text
            }
        }

        void summary() {
            List<String> lines = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            String head = report.image().isEmpty() ? "" : report.image() + ": ";
            if (report.failure().isPresent()) {
                Failure f = report.failure().get();
                lines.add(head + "FAILED at " + f.stage().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                colors.add(REJECTED);
                lines.add(f.message());
                colors.add(REJECTED);
            } else {
                lines.add(head + report.confidence().map(c -> String.format(Locale.ROOT, "confidence %.2f", c.score()))
                        .orElse("not digitized"));
                colors.add(report.confidence().map(c -> scoreColor(c.score())).orElse(PENDING));
            }
            Optional<ChartConfidence> conf = report.confidence();
            axisLine(report.x(), conf.map(ChartConfidence::x), report.xLabels(), "x", lines, colors);
            axisLine(report.y(), conf.map(ChartConfidence::y), report.yLabels(), "y", lines, colors);
            List<TracedLine> series = report.traces().stream().filter(t -> t.fate() == TracedLine.Fate.SERIES).toList();
            long dropped = report.traces().size() - series.size();
            if (!report.traces().isEmpty()) {
                lines.add(series.size() + " series" + (dropped > 0 ? ", " + dropped + " fringe trace(s) dropped" : ""));
                colors.add(Color.DARK_GRAY);
            }
            for (String w : report.warnings()) {
                lines.add("\u26a0 " + w);
                colors.add(PENDING.darker());
            }
            box(lines, colors);
        }

        private void axisLine(Optional<AxisCalibration> cal, Optional<AxisConfidence> conf, List<TickLabel> labels,
                              String axis, List<String> lines, List<Color> colors) {
            if (cal.isPresent()) {
                AxisCalibration c = cal.get();
                String s = String.format(Locale.ROOT, "%s: %s, %d of %d labels used, rms %.2f px", axis, c.scale().key(),
                        c.accepted().size(), c.labels().size(), c.rmsResidualPx());
                s += conf.map(k -> String.format(Locale.ROOT, ", confidence %.2f", k.score())).orElse("");
                lines.add(s);
                colors.add(conf.map(k -> scoreColor(k.score())).orElse(Color.DARK_GRAY));
            } else if (!labels.isEmpty()) {
                long numeric = labels.stream().filter(TickLabel::hasAnyValue).count();
                lines.add(axis + ": " + labels.size() + " labels read, " + numeric + " with a value, not calibrated");
                colors.add(PENDING);
            }
        }

        /**
         * Lines of text in a box in the corner where it hides least, wrapped to the image width and cut to
         * {@link #MAX_SUMMARY_SHARE} of its height (the first lines are the most important).
         */
        private void box(List<String> lines, List<Color> colors) {
            double pad = Math.max(2 * px, em / 4);
            double lineH = lineHeight();
            double maxW = Math.min(width - 2 * pad - 4 * px, Math.max(MAX_SUMMARY_WIDTH * width, MIN_SUMMARY_EMS * em));
            int maxLines = Math.max(2, (int) ((MAX_SUMMARY_SHARE * height - 2 * pad) / lineH));
            List<String> wrapped = new ArrayList<>();
            List<Color> wrappedColors = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                for (String part : wrap(lines.get(i), maxW)) {
                    wrapped.add(part);
                    wrappedColors.add(colors.get(i));
                }
            }
            if (wrapped.size() > maxLines) {
                int cut = wrapped.size() - maxLines + 1;
                wrapped = new ArrayList<>(wrapped.subList(0, maxLines - 1));
                wrappedColors = new ArrayList<>(wrappedColors.subList(0, maxLines - 1));
                wrapped.add("\u2026 " + cut + " more lines: see the warnings in the JSON");
                wrappedColors.add(Color.DARK_GRAY);
            }
            double w = 0;
            for (String s : wrapped) {
                w = Math.max(w, textWidth(s));
            }
            Rectangle2D r = corner(w + 2 * pad, wrapped.size() * lineH + 2 * pad);
            g.setColor(new Color(255, 255, 255, 225));
            g.fill(r);
            g.setColor(Color.GRAY);
            g.setStroke(stroke(1));
            g.draw(r);
            for (int i = 0; i < wrapped.size(); i++) {
                g.setColor(wrappedColors.get(i));
                g.drawString(wrapped.get(i), (float) (r.getX() + pad), (float) (r.getY() + pad + i * lineH + ascent()));
            }
        }

        /**
         * The image corner where a w by h box hides least of what was found: fewest series
         * points, each tick label counting as {@link #LABEL_COST} points. Top-left on a tie.
         */
        private Rectangle2D corner(double w, double h) {
            Rectangle2D best = null;
            long bestCost = Long.MAX_VALUE;
            double m = px;
            for (double[] at : new double[][] {{m, m}, {width - w - 2 * m, m}, {m, height - h - 2 * m},
                {width - w - 2 * m, height - h - 2 * m}}) {
                Rectangle2D r = new Rectangle2D.Double(Math.max(0, at[0]), Math.max(0, at[1]), w, h);
                long cost = 0;
                for (TracedLine t : report.traces()) {
                    for (int i = 0; i < t.xs().length; i++) {
                        cost += r.contains(t.xs()[i], t.ys()[i]) ? 1 : 0;
                    }
                }
                for (TickLabel l : report.xLabels()) {
                    cost += r.intersects(rect(l.box())) ? LABEL_COST : 0;
                }
                for (TickLabel l : report.yLabels()) {
                    cost += r.intersects(rect(l.box())) ? LABEL_COST : 0;
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = r;
                }
            }
            return best;
        }

        private List<String> wrap(String s, double maxW) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                String next = line.length() == 0 ? word : line + " " + word;
                if (textWidth(next) > maxW && line.length() > 0) {
                    out.add(line.toString());
                    line = new StringBuilder("   " + word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            out.add(line.toString());
            return out;
        }

        /** Width of a text in image pixels. */
        private double textWidth(String text) {
            return g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth();
        }

        private double lineHeight() {
            LineMetrics lm = g.getFont().getLineMetrics("Ag", g.getFontRenderContext());
            return lm.getAscent() + lm.getDescent() + lm.getLeading();
        }

        private double ascent() {
            return g.getFont().getLineMetrics("Ag", g.getFontRenderContext()).getAscent();
        }

        /** A stroke {@code width} overlay pixels wide. */
        private Stroke stroke(double width) {
            return new BasicStroke((float) (width * px));
        }

        /**
         * A small label on a pale background at (x, y) (top-left), kept inside the image; when
         * {@code avoid}, moved off tags already drawn: downwards, or upwards at the image bottom.
         */
        private void tag(String text, double x, double y, Color color, boolean avoid) {
            double w = textWidth(text) + 4 * px, h = lineHeight();
            double left = Math.max(0, Math.min(width - w, x));
            double top = Math.max(0, Math.min(height - h, y));
            Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
            double step = h;
            for (int tries = 0; avoid && tries < 2 * MAX_TAG_MOVES && overlapsTaken(r); tries++) {
                if (top + step > height - h) {
                    step = -h; // no room below: look above instead
                }
                top = Math.max(0, top + step);
                r = new Rectangle2D.Double(left, top, w, h);
            }
            taken.add(r);
            g.setColor(new Color(255, 255, 255, 210));
            g.fill(r);
            g.setColor(color);
            g.drawString(text, (float) (left + 2 * px), (float) (top + ascent()));
        }

        private boolean overlapsTaken(Rectangle2D r) {
            return taken.stream().anyMatch(t -> t.intersects(r));
        }

        private Rectangle2D rect(PixelBox b) {
            return new Rectangle2D.Double(b.left() - px, b.top() - px, b.width() + 2 * px, b.height() + 2 * px);
        }

        private static Color color(TickLabel.Status s) {
            return switch (s) {
                case ACCEPTED -> ACCEPTED;
                case REJECTED_NOT_NUMERIC, REJECTED_OUTLIER -> REJECTED;
                case PENDING -> PENDING;
            };
        }

        /** Green at 0.8 and above (trusted), orange from 0.5, red below. */
        private static Color scoreColor(double s) {
            return s >= 0.8 ? ACCEPTED : s >= 0.5 ? PENDING : REJECTED;
        }

        /** A series colour dark enough to read as text on a pale background. */
        private static Color darker(Color c) {
            double luma = RasterImage.luma(c.getRGB() & 0xffffff);
            return luma > 140 ? new Color((int) (c.getRed() * 0.6), (int) (c.getGreen() * 0.6), (int) (c.getBlue() * 0.6)) : c;
        }

        private static String number(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            String[] parts = String.format(Locale.ROOT, "%.6g", v).split("e", 2);
            String mantissa = parts[0].contains(".") ? parts[0].replaceAll("\\.?0+$", "") : parts[0];
            return parts.length == 1 ? mantissa : mantissa + "e" + parts[1];
        }
    }
}
