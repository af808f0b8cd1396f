package io.github.chartdigitizer.testsupport;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.plotarea.LinePlotAreaDetector;
import io.github.chartdigitizer.plotarea.PlotAreaConfig;
import io.github.chartdigitizer.text.InkComponents;
import io.github.chartdigitizer.text.InkConfig;
import io.github.chartdigitizer.text.TextGroup;
import io.github.chartdigitizer.ticks.ChartText;
import io.github.chartdigitizer.ticks.TickConfig;
import io.github.chartdigitizer.ticks.TickLabelLocator;

/**
 * A chart with its x tick labels rotated anticlockwise by some angle, as matplotlib's
 * {@code labelrotation}, gnuplot's {@code set xtics rotate by} and ggplot2's
 * {@code element_text(angle)} draw them. No plotting library runs here, so the variant is
 * derived from a chart with level labels: each label's ink is turned about its centre
 * (bilinear), and hung below the axis from where the library anchors it, either centred on
 * the label's old centre (matplotlib) or with its upper end there (gnuplot's "right",
 * ggplot2's hjust = 1). Everything below the labels (the axis title) moves down to make room.
 */
public final class RotatedXLabels {
    /** Where a rotated label hangs from. */
    public enum Anchor {
        /** Its box centred under the tick (matplotlib). */
        CENTRE,
        /** Its upper right end at the tick (gnuplot "right", ggplot2 hjust = 1, vjust = 1). */
        END
    }

    private RotatedXLabels() {
    }

    public static RasterImage of(RasterImage img, double degrees, Anchor anchor) throws Exception {
        PlotFrame frame = new LinePlotAreaDetector(PlotAreaConfig.DEFAULTS).detect(img);
        ChartText text = new TickLabelLocator(TickConfig.DEFAULTS).locate(
                InkComponents.find(img, frame.pageColor(), InkConfig.DEFAULTS), frame.area(), img.width(), img.height());
        int page = frame.pageColor();
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        int labelsTop = Integer.MAX_VALUE, labelsBottom = 0, grow = 0;
        for (TextGroup g : text.xLabels()) {
            labelsTop = Math.min(labelsTop, g.box().top());
            labelsBottom = Math.max(labelsBottom, g.box().bottom());
            PixelBox b = g.box();
            grow = Math.max(grow, (int) Math.ceil(b.width() * sin + b.height() * cos) - b.height() + 2);
        }
        int w = img.width(), h0 = img.height(), h = h0 + grow;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int from = y < labelsTop ? y : y - grow >= labelsBottom ? y - grow : -1;
                out[y * w + x] = from >= 0 && from < h0 && !(from >= labelsTop && from < labelsBottom) ? img.rgb(x, from) : page;
            }
        }
        for (TextGroup g : text.xLabels()) {
            PixelBox b = g.box().grow(1, 1);
            double cx = (b.left() + b.right()) / 2.0, cy = (b.top() + b.bottom()) / 2.0;
            double rw = b.width() * cos + b.height() * sin, rh = b.width() * sin + b.height() * cos;
            // Where the rotated box's centre goes.
            double tx = anchor == Anchor.CENTRE ? cx : cx - rw / 2;
            double ty = b.top() + rh / 2;
            for (int y = (int) Math.floor(ty - rh / 2); y <= (int) Math.ceil(ty + rh / 2); y++) {
                for (int x = (int) Math.floor(tx - rw / 2); x <= (int) Math.ceil(tx + rw / 2); x++) {
                    if (x < 0 || y < 0 || x >= w || y >= h) {
                        continue;
                    }
                    // Inverse rotation (anticlockwise on screen, where y grows downwards).
                    double dx = x + 0.5 - tx, dy = y + 0.5 - ty;
                    double sx = cx + dx * cos - dy * sin - 0.5, sy = cy + dx * sin + dy * cos - 0.5;
                    if (sx < b.left() - 1 || sy < b.top() - 1 || sx > b.right() || sy > b.bottom()) {
                        continue;
                    }
                    int c = bilinear(img, page, b, sx, sy);
                    if (c != page) {
                        out[y * w + x] = c;
                    }
                }
            }
        }
        return new RasterImage(w, h, out);
    }

    /** The colour at (sx, sy) inside box b, the page outside it. */
    private static int bilinear(RasterImage img, int page, PixelBox b, double sx, double sy) {
        int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
        double fx = sx - x0, fy = sy - y0;
        double[] acc = new double[3];
        for (int k = 0; k < 4; k++) {
            int x = x0 + (k & 1), y = y0 + (k >> 1);
            double wgt = ((k & 1) == 1 ? fx : 1 - fx) * ((k >> 1) == 1 ? fy : 1 - fy);
            int c = b.contains(x, y) ? img.rgb(x, y) : page;
            acc[0] += wgt * RasterImage.red(c);
            acc[1] += wgt * RasterImage.green(c);
            acc[2] += wgt * RasterImage.blue(c);
        }
        return (int) Math.round(acc[0]) << 16 | (int) Math.round(acc[1]) << 8 | (int) Math.round(acc[2]);
    }
}
