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
 * A chart with its y axis labels on the right, as gnuplot's y2 axis, matplotlib's
 * {@code tick_right} and ggplot2's {@code position = "right"} draw them. No plotting library
 * runs here, so the variant is derived from a chart with labels on the left: each label's ink
 * moves to the right of the plot, left-aligned at the gap it had from the left edge, and the
 * canvas grows to hold it. The axis title stays on the left, where it now stands alone.
 */
public final class RightAxis {
    private RightAxis() {
    }

    public static RasterImage of(RasterImage img) throws Exception {
        return of(img, false);
    }

    /**
     * @param titleDownward also move the y title to the right, beyond the labels, turned to read
     *                      top to bottom as ggplot2 sets it there
     */
    public static RasterImage of(RasterImage img, boolean titleDownward) throws Exception {
        PlotFrame frame = new LinePlotAreaDetector(PlotAreaConfig.DEFAULTS).detect(img);
        ChartText text = new TickLabelLocator(TickConfig.DEFAULTS).locate(
                InkComponents.find(img, frame.pageColor(), InkConfig.DEFAULTS), frame.area(), img.width(), img.height());
        double left = frame.area().left(), right = frame.area().right();
        int extra = 0;
        for (TextGroup g : text.yLabels()) {
            extra = Math.max(extra, (int) (g.box().width() + 2 * (left - g.box().right())) + 4);
        }
        PixelBox title = null;
        int titleGap = 0;
        if (titleDownward && !text.yTitle().isEmpty()) {
            title = TextGroup.of(text.yTitle()).box().grow(1, 1);
            int labelsLeft = text.yLabels().stream().mapToInt(g -> g.box().left()).min().orElse((int) left);
            titleGap = Math.max(2, labelsLeft - title.right());
            extra += titleGap + title.width() + 4;
        }
        int w0 = img.width(), w = w0 + extra, h = img.height();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = x < w0 ? img.rgb(x, y) : frame.pageColor();
            }
        }
        for (TextGroup g : text.yLabels()) {
            PixelBox b = g.box().grow(1, 1);
            int to = (int) Math.round(right + (left - b.right()));
            for (int y = b.top(); y < b.bottom(); y++) {
                for (int x = b.left(); x < b.right(); x++) {
                    out[y * w + to + x - b.left()] = img.rgb(x, y);
                    out[y * w + x] = frame.pageColor();
                }
            }
        }
        if (title != null) {
            int labelsRight = 0;
            for (TextGroup g : text.yLabels()) {
                labelsRight = Math.max(labelsRight, (int) Math.round(right + (left - g.box().grow(1, 1).right())) + g.box().grow(1, 1).width());
            }
            int to = labelsRight + titleGap;
            for (int y = title.top(); y < title.bottom(); y++) {
                for (int x = title.left(); x < title.right(); x++) {
                    // Turned half a turn: upward text reads downward.
                    int ty = title.top() + (title.bottom() - 1 - y), tx = to + (title.right() - 1 - x);
                    out[ty * w + tx] = img.rgb(x, y);
                }
            }
            for (int y = title.top(); y < title.bottom(); y++) {
                for (int x = title.left(); x < title.right(); x++) {
                    out[y * w + x] = frame.pageColor();
                }
            }
        }
        return new RasterImage(w, h, out);
    }
}
