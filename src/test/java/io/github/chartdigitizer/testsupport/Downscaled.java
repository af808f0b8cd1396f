package io.github.chartdigitizer.testsupport;

import io.github.chartdigitizer.image.RasterImage;

/**
 * A chart at half its size, each pixel the mean of a 2 x 2 block (as OpenCV's INTER_AREA and
 * most image viewers shrink by two): a thumbnail or a figure saved at half the DPI. Tick labels
 * of 10-12 px come out 5-6 px tall, below what Tesseract reads.
 */
public final class Downscaled {
    private Downscaled() {
    }

    public static RasterImage half(RasterImage img) {
        int w = img.width() / 2, h = img.height() / 2;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0, g = 0, b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int c = img.rgb(2 * x + dx, 2 * y + dy);
                        r += RasterImage.red(c);
                        g += RasterImage.green(c);
                        b += RasterImage.blue(c);
                    }
                }
                out[y * w + x] = (r + 2) / 4 << 16 | (g + 2) / 4 << 8 | (b + 2) / 4;
            }
        }
        return new RasterImage(w, h, out);
    }
}
