package io.github.chartdigitizer.ticks;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.font.GlyphVector;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Draws label text as ink coverage, in DejaVu Sans (matplotlib's default font; the sans fonts
 * of gnuplot and ggplot2 have digits of much the same shapes). A raised exponent is written
 * after {@code ^} ("10^3") and drawn as mathtext draws it: at 0.7 of the size, raised.
 * Not thread-safe: it keeps each text's outline while one axis is matched, so use one per match.
 */
final class LabelRenderer {
    private static final Font FONT = load();
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Exponent size as a share of the base's (mathtext's shrink factor). */
    private static final double EXPONENT_SCALE = 0.7;
    /** How far the exponent's baseline is raised, as a share of the base's cap height. */
    private static final double EXPONENT_RAISE = 0.55;

    private final java.util.HashMap<String, Drawn> drawn = new java.util.HashMap<>();

    /** A text's outline (y down) and the bounds of its ink. */
    private record Drawn(Shape outline, Rectangle2D ink) {
    }

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

    /** Width over height of the text's ink. */
    double aspect(String text) {
        Rectangle2D b = drawn(text).ink();
        return b.getWidth() / Math.max(1e-9, b.getHeight());
    }

    private Drawn drawn(String text) {
        return drawn.computeIfAbsent(text, LabelRenderer::build);
    }

    private static final double CAP_HEIGHT = FONT.createGlyphVector(FRC, "0").getVisualBounds().getHeight();

    private static Drawn build(String text) {
        int caret = text.indexOf('^');
        String base = caret < 0 ? text : text.substring(0, caret);
        GlyphVector gv = FONT.createGlyphVector(FRC, base);
        Path2D.Double path = new Path2D.Double(gv.getOutline());
        Rectangle2D ink = gv.getVisualBounds();
        if (caret >= 0) {
            double advance = gv.getLogicalBounds().getWidth();
            Font small = FONT.deriveFont((float) (FONT.getSize2D() * EXPONENT_SCALE));
            GlyphVector exp = small.createGlyphVector(FRC, text.substring(caret + 1));
            AffineTransform raise = AffineTransform.getTranslateInstance(advance, -EXPONENT_RAISE * CAP_HEIGHT);
            path.append(raise.createTransformedShape(exp.getOutline()), false);
            ink = ink.createUnion(raise.createTransformedShape(exp.getVisualBounds()).getBounds2D());
        }
        return new Drawn(path, ink);
    }

    /**
     * The text's ink coverage (0..1) on a grid of {@code w} x {@code h} pixels, its ink bounds
     * stretched onto the rectangle from ({@code left}, {@code top}) to ({@code right},
     * {@code bottom}) in grid coordinates. Row-major.
     */
    double[] coverage(String text, int w, int h, double left, double top, double right, double bottom) {
        Drawn d = drawn(text);
        Shape s = d.outline();
        Rectangle2D b = d.ink();
        AffineTransform t = new AffineTransform();
        t.translate(left, top);
        t.scale((right - left) / Math.max(1e-9, b.getWidth()), (bottom - top) / Math.max(1e-9, b.getHeight()));
        t.translate(-b.getX(), -b.getY());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fill(t.createTransformedShape(s));
        } finally {
            g.dispose();
        }
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        double[] out = new double[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = (px[i] & 0xff) / 255.0;
        }
        return out;
    }
}
