package io.github.chartdigitizer.ticks;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws label text as ink coverage, in DejaVu Sans (matplotlib's default font; the sans fonts
 * of gnuplot and ggplot2 have digits of much the same shapes). A raised exponent is written
 * after {@code ^} ("10^3") and drawn as mathtext draws it: at 0.7 of the size, raised.
 * Holds no state of its own: the characters' metrics and bitmaps are shared by all threads.
 */
final class LabelRenderer {
    private LabelRenderer() {
    }

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

    private static Glyph glyph(char c) {
        return GLYPHS.computeIfAbsent(c, k -> Glyph.of(FONT, k));
    }

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
            Glyph g = glyph(text.charAt(i));
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
     * {@code bottom}) in grid coordinates. Row-major. Each character is laid out as
     * {@link #aspect} lays it out, and covers each pixel by the share of the pixel its outline
     * fills (the characters over one another as drawing them one by one would lay them).
     */
    static double[] coverage(String text, int w, int h, double left, double top, double right, double bottom) {
        Layout l = layout(text);
        double[] ink = l.ink();
        double sx = (right - left) / Math.max(1e-9, ink[2] - ink[0]);
        double sy = (bottom - top) / Math.max(1e-9, ink[3] - ink[1]);
        double[] out = new double[w * h];
        Grid grid = new Grid(w, h, left - sx * ink[0], top - sy * ink[1], sx, sy);
        double pen = 0;
        for (int i = 0; i < l.base().length(); i++) {
            pen = cover(grid, l.base().charAt(i), pen, 0, 1, out);
        }
        pen = l.pen();
        for (int i = 0; i < l.exponent().length(); i++) {
            pen = cover(grid, l.exponent().charAt(i), pen, RAISE, EXPONENT_SCALE, out);
        }
        return out;
    }

    /** Where the grid lies: grid x = {@code ox + sx * x} for x in the font's units, likewise y. */
    private record Grid(int w, int h, double ox, double oy, double sx, double sy) {
    }

    /**
     * Adds the character, its pen at ({@code pen}, {@code dy}) in font units and drawn at
     * {@code scale}, to the coverage; returns the pen after it.
     */
    private static double cover(Grid g, char c, double pen, double dy, double scale, double[] out) {
        Bitmap b = BITMAPS.computeIfAbsent(c, LabelRenderer::bitmap);
        double next = pen + scale * glyph(c).advance();
        // The character's box on the grid, and back: grid x -> the character's own units.
        double gx0 = g.ox() + g.sx() * (pen + scale * b.x0()), gx1 = gx0 + g.sx() * scale * b.w();
        double gy0 = g.oy() + g.sy() * (dy + scale * b.y0()), gy1 = gy0 + g.sy() * scale * b.h();
        int i0 = Math.max(0, (int) Math.floor(gx0)), i1 = Math.min(g.w(), (int) Math.ceil(gx1));
        int j0 = Math.max(0, (int) Math.floor(gy0)), j1 = Math.min(g.h(), (int) Math.ceil(gy1));
        if (i0 >= i1 || j0 >= j1) {
            return next;
        }
        // The ink above and left of each pixel corner, once: neighbouring pixels share corners.
        int nx = i1 - i0 + 1, ny = j1 - j0 + 1;
        double[] u = new double[nx], v = new double[ny];
        for (int k = 0; k < nx; k++) {
            u[k] = (i0 + k - g.ox()) / (g.sx() * scale) - pen / scale;
        }
        for (int k = 0; k < ny; k++) {
            v[k] = (j0 + k - g.oy()) / (g.sy() * scale) - dy / scale;
        }
        double[] corner = b.table(u, v);
        double area = 1 / (g.sx() * scale * g.sy() * scale);
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int k = j * nx + i;
                double ink = corner[k + nx + 1] - corner[k + nx] - corner[k + 1] + corner[k];
                double a = Math.min(1, Math.max(0, ink / area));
                int o = (j0 + j) * g.w() + i0 + i;
                out[o] += a * (1 - out[o]);
            }
        }
        return next;
    }

    /**
     * A character's coverage at the font's size (one pixel a font unit, some ten times finer
     * than any label matched), as a summed-area table: the ink over any rectangle is then four
     * look-ups, where filling the outline anew for each label cost most of matching.
     *
     * @param x0 where the table's first column lies from the pen, in font units
     * @param y0 its first row from the baseline (y down)
     * @param sat (w + 1) x (h + 1) sums: entry (x, y) is the coverage of columns before x and
     *            rows above y
     */
    private record Bitmap(int x0, int y0, int w, int h, double[] sat) {
        /**
         * The ink above and left of each point (u[i], v[j]), in font units from the pen, with
         * the pixels' coverage taken as constant over each pixel: row-major, u across.
         */
        double[] table(double[] u, double[] v) {
            int nx = u.length, ny = v.length, row = w + 1;
            int[] ci = new int[nx];
            double[] fu = new double[nx];
            for (int k = 0; k < nx; k++) {
                double x = Math.min(w, Math.max(0, u[k] - x0));
                ci[k] = Math.min(w - 1, (int) x);
                fu[k] = x - ci[k];
            }
            double[] out = new double[nx * ny];
            for (int m = 0; m < ny; m++) {
                double y = Math.min(h, Math.max(0, v[m] - y0));
                int j = Math.min(h - 1, (int) y);
                double fv = y - j;
                for (int k = 0; k < nx; k++) {
                    int p = j * row + ci[k];
                    double s00 = sat[p], s10 = sat[p + 1], s01 = sat[p + row], s11 = sat[p + row + 1];
                    // The table between its entries, exact bilinearly.
                    out[m * nx + k] = s00 + fu[k] * (s10 - s00) + fv * (s01 - s00) + fu[k] * fv * (s11 - s10 - s01 + s00);
                }
            }
            return out;
        }
    }

    /** Bitmaps of each character met so far, shared by all threads: a few dozen at most. */
    private static final ConcurrentHashMap<Character, Bitmap> BITMAPS = new ConcurrentHashMap<>();

    private static Bitmap bitmap(char c) {
        Shape outline = FONT.createGlyphVector(FRC, String.valueOf(c)).getOutline();
        java.awt.Rectangle r = outline.getBounds();
        int x0 = r.x - 1, y0 = r.y - 1, w = r.width + 2, h = r.height + 2;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.translate(-x0, -y0);
            g.fill(outline);
        } finally {
            g.dispose();
        }
        byte[] px = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int row = w + 1;
        double[] sat = new double[row * (h + 1)];
        for (int y = 0; y < h; y++) {
            double sum = 0;
            for (int x = 0; x < w; x++) {
                sum += (px[y * w + x] & 0xff) / 255.0;
                sat[(y + 1) * row + x + 1] = sat[y * row + x + 1] + sum;
            }
        }
        return new Bitmap(x0, y0, w, h, sat);
    }
}
