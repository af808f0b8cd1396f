package io.github.chartdigitizer.testsupport;

import io.github.chartdigitizer.image.RasterImage;

/**
 * A light chart redrawn as on a dark background, the way gnuplot's dark terminal draws it
 * (background #202124, border and text white, lines in their own colours). No plotting
 * library runs here, so the dark variant is derived from a light chart pixel by pixel:
 * a grey pixel is taken as a blend of black ink with the white page and redrawn as the same
 * blend of white ink with the dark background; a coloured pixel as a blend of its line colour
 * with white, redrawn as the same blend of that colour with the background. Anti-aliasing is
 * kept, so text and lines keep their shapes and their coverage of each pixel.
 */
public final class DarkTheme {
    /** gnuplot's dark terminal background. */
    public static final int GNUPLOT_DARK = 0x202124;

    /** Channel spread under which a pixel is grey (text, frame, grid) rather than coloured. */
    private static final int GREY_SPREAD = 24;

    private DarkTheme() {
    }

    public static RasterImage of(RasterImage light, int background) {
        int w = light.width(), h = light.height();
        int[] out = new int[w * h];
        int br = RasterImage.red(background), bg = RasterImage.green(background), bb = RasterImage.blue(background);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = light.rgb(x, y);
                int r = RasterImage.red(c), g = RasterImage.green(c), b = RasterImage.blue(c);
                int[] n;
                if (RasterImage.chroma(c) < GREY_SPREAD) {
                    double ink = 1 - (r + g + b) / 3.0 / 255;   // share of black ink over white
                    n = new int[] {mix(br, 255, ink), mix(bg, 255, ink), mix(bb, 255, ink)};
                } else {
                    // c = white + a * (line - white), with a = 1 - min channel / 255.
                    double a = Math.max(1e-3, 1 - Math.min(r, Math.min(g, b)) / 255.0);
                    double lr = 255 - (255 - r) / a, lg = 255 - (255 - g) / a, lb = 255 - (255 - b) / a;
                    n = new int[] {mix(br, lr, a), mix(bg, lg, a), mix(bb, lb, a)};
                }
                out[y * w + x] = n[0] << 16 | n[1] << 8 | n[2];
            }
        }
        return new RasterImage(w, h, out);
    }

    private static int mix(double from, double to, double share) {
        return (int) Math.max(0, Math.min(255, Math.round(from + share * (to - from))));
    }
}
