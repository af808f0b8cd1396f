package io.github.chartdigitizer.ticks;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws label text as ink coverage, in DejaVu Sans (matplotlib's default font; the sans fonts
 * of gnuplot and ggplot2 have digits of much the same shapes). A raised exponent is written
 * after {@code ^} ("10^3") and drawn as mathtext draws it: at 0.7 of the size, raised.
 * Not thread-safe: it reuses one drawing surface, so use one per match.
 */
final class LabelRenderer {
    private static final Font FONT = load();
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Exponent size as a share of the base's (mathtext's shrink factor). */
    private static final double EXPONENT_SCALE = 0.7;
    /** How far the exponent's baseline is raised, as a share of the base's cap height. */
    private static final double EXPONENT_RAISE = 0.55;

    private static Font load() {
        try (InputStream in = LabelRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("font resource /fonts/DejaVuSans.ttf is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(100f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font resource /fonts/DejaVuSans.ttf", e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException("bad font resource /fonts/DejaVuSans.ttf", e);
        }
    }

    /** One character's advance and ink bounds (y down, from the pen on the baseline). */
    private record Glyph(double advance, double left, double top, double right, double bottom) {
        static Glyph of(Font font, char c) {
            GlyphVector gv = font.createGlyphVector(FRC, String.valueOf(c));
            Rectangle2D ink = gv.getVisualBounds();
            double advance = gv.getGlyphMetrics(0).getAdvance();
            return ink.isEmpty() ? new Glyph(advance, 0, 0, 0, 0)
                    : new Glyph(advance, ink.getMinX(), ink.getMinY(), ink.getMaxX(), ink.getMaxY());
        }
    }

    /** Metrics of each character met so far, shared by all threads: a few dozen at most. */
    private static final ConcurrentHashMap<Character, Glyph> GLYPHS = new ConcurrentHashMap<>();

    /**
     * Width over height of the text's ink, from each character's metrics (as the text is laid
     * out, without kerning): no outline is built, so the many candidate texts of an axis are
     * measured cheaply.
     */
    static double aspect(String text) {
        double[] ink = layout(text).ink();
        double w = ink[2] - ink[0], h = ink[3] - ink[1];
        return w > 0 && h > 0 ? w / h : 0;
    }

    /**
     * A text laid out: its base, its raised exponent ("" for none), the pen where the exponent
     * starts, and the bounds of all its ink {left, top, right, bottom}.
     */
    private record Layout(String base, String exponent, double pen, double[] ink) {
    }

    private static Layout layout(String text) {
        int caret = text.indexOf('^');
        String base = caret < 0 ? text : text.substring(0, caret);
        String exponent = caret < 0 ? "" : text.substring(caret + 1);
        double[] ink = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double pen = lay(base, 1, 0, 0, ink);
        lay(exponent, EXPONENT_SCALE, pen, RAISE, ink);
        return new Layout(base, exponent, pen, ink);
    }

    /** Lays the characters out from the pen at {@code scale}, growing {@code ink}; the pen after. */
    private static double lay(String text, double scale, double pen, double dy, double[] ink) {
        for (int i = 0; i < text.length(); i++) {
            Glyph g = GLYPHS.computeIfAbsent(text.charAt(i), c -> Glyph.of(FONT, c));
            if (g.right() > g.left()) {
                ink[0] = Math.min(ink[0], pen + scale * g.left());
                ink[2] = Math.max(ink[2], pen + scale * g.right());
                ink[1] = Math.min(ink[1], dy + scale * g.top());
                ink[3] = Math.max(ink[3], dy + scale * g.bottom());
            }
            pen += scale * g.advance();
        }
        return pen;
    }

    private static final double CAP_HEIGHT = FONT.createGlyphVector(FRC, "0").getVisualBounds().getHeight();
    /** Where the exponent's baseline lies from the base's (y down). */
    private static final double RAISE = -EXPONENT_RAISE * CAP_HEIGHT;

    /**
     * The text's ink coverage (0..1) on a grid of {@code w} x {@code h} pixels, its ink bounds
     * stretched onto the rectangle from ({@code left}, {@code top}) to ({@code right},
     * {@code bottom}) in grid coordinates. Row-major. Each character is filled from its own
     * outline, laid out as {@link #aspect} lays it out.
     */
    double[] coverage(String text, int w, int h, double left, double top, double right, double bottom) {
        Layout l = layout(text);
        double[] ink = l.ink();
        AffineTransform t = new AffineTransform();
        t.translate(left, top);
        t.scale((right - left) / Math.max(1e-9, ink[2] - ink[0]), (bottom - top) / Math.max(1e-9, ink[3] - ink[1]));
        t.translate(-ink[0], -ink[1]);
        Graphics2D g = canvas(w, h);
        fill(g, t, l.base(), 1, 0, 0);
        fill(g, t, l.exponent(), EXPONENT_SCALE, l.pen(), RAISE);
        byte[] px = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        double[] out = new double[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = (px[i] & 0xff) / 255.0;
        }
        return out;
    }

    /** Outlines of each character met so far (y down, pen at the origin), shared by all threads. */
    private static final ConcurrentHashMap<Character, Shape> OUTLINES = new ConcurrentHashMap<>();

    private static void fill(Graphics2D g, AffineTransform t, String text, double scale, double pen, double dy) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Shape outline = OUTLINES.computeIfAbsent(c, k -> FONT.createGlyphVector(FRC, String.valueOf(k)).getOutline());
            AffineTransform at = new AffineTransform(t);
            at.translate(pen, dy);
            at.scale(scale, scale);
            g.setTransform(at);
            g.fill(outline);
            pen += scale * GLYPHS.computeIfAbsent(c, k -> Glyph.of(FONT, k)).advance();
        }
    }

    /** The drawing surface, cleared, reused while the size stays the same. */
    private BufferedImage image;
    private Graphics2D graphics;

    private Graphics2D canvas(int w, int h) {
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            if (graphics != null) {
                graphics.dispose();
            }
            image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            graphics = image.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(java.awt.Color.WHITE);
        } else {
            Arrays.fill(((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData(), (byte) 0);
        }
        return graphics;
    }
}
