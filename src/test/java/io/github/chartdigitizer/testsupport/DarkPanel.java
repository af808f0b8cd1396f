package io.github.chartdigitizer.testsupport;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.plotarea.LinePlotAreaDetector;
import io.github.chartdigitizer.plotarea.PlotAreaConfig;

/**
 * A ggplot2 theme_gray chart redrawn as theme_dark draws it: the panel grey50 (#7f7f7f),
 * its white grid lines a darker grey, each line in its own colour over the new panel; the
 * page outside stays white. No plotting library runs here, so the variant is derived pixel by
 * pixel inside the plot area: a grey pixel by its luma, a coloured one as the same blend of
 * its line colour with the new panel as it was with the old.
 */
public final class DarkPanel {
    /** ggplot2's theme_dark panel: grey50. */
    public static final int GREY50 = 0x7f7f7f;
    /** How much darker than the panel the white grid lines become. */
    private static final int GRID_DROP = 20;
    /** Channel spread under which a pixel is grey rather than coloured. */
    private static final int GREY_SPREAD = 24;

    private DarkPanel() {
    }

    public static RasterImage of(RasterImage img) throws Exception {
        PlotFrame frame = new LinePlotAreaDetector(PlotAreaConfig.DEFAULTS).detect(img);
        PlotArea pa = frame.area();
        int old = frame.panelColor();
        double oldLuma = RasterImage.luma(old), panel = RasterImage.luma(GREY50);
        int w = img.width(), h = img.height();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = img.rgb(x, y);
                if (x >= pa.left() && x < pa.right() && y >= pa.top() && y < pa.bottom()) {
                    c = RasterImage.chroma(c) < GREY_SPREAD ? grey(RasterImage.luma(c), oldLuma, panel) : recoloured(c, old);
                }
                out[y * w + x] = c;
            }
        }
        return new RasterImage(w, h, out);
    }

    /** The old panel's luma becomes the new panel's, white the grid grey, black stays black. */
    private static int grey(double l, double oldPanel, double panel) {
        double v = l >= oldPanel ? panel - (l - oldPanel) / Math.max(1, 255 - oldPanel) * GRID_DROP : panel * l / oldPanel;
        int g = (int) Math.max(0, Math.min(255, Math.round(v)));
        return g << 16 | g << 8 | g;
    }

    /** c = old + a (line - old), redrawn as grey50 + a (line - grey50). */
    private static int recoloured(int c, int old) {
        int[] cc = {RasterImage.red(c), RasterImage.green(c), RasterImage.blue(c)};
        int[] oo = {RasterImage.red(old), RasterImage.green(old), RasterImage.blue(old)};
        double a = 0;
        for (int k = 0; k < 3; k++) {
            a = Math.max(a, Math.abs(cc[k] - oo[k]) / 255.0);
        }
        a = Math.max(0.05, Math.min(1, 1.2 * a));
        int out = 0;
        for (int k = 0; k < 3; k++) {
            double line = oo[k] + (cc[k] - oo[k]) / a;
            int v = (int) Math.max(0, Math.min(255, Math.round(0x7f + a * (line - 0x7f))));
            out = out << 8 | v;
        }
        return out;
    }
}
