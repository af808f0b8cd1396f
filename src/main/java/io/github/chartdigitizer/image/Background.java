package io.github.chartdigitizer.image;

import java.util.HashMap;
import java.util.Map;

/** Finds the dominant colour of a region: the page or panel background. */
public final class Background {
    private Background() {
    }

    /**
     * Most common colour among the pixels of the image border (page background), quantised to
     * 4 bits a channel, returned as the mean of the pixels in the winning bin so that JPEG noise
     * averages out.
     */
    public static int ofBorder(RasterImage img) {
        Map<Integer, long[]> bins = new HashMap<>();
        int w = img.width(), h = img.height();
        for (int x = 0; x < w; x++) {
            add(bins, img.rgb(x, 0));
            add(bins, img.rgb(x, h - 1));
        }
        for (int y = 0; y < h; y++) {
            add(bins, img.rgb(0, y));
            add(bins, img.rgb(w - 1, y));
        }
        return winner(bins);
    }

    /** Most common colour in columns [x0, x1) and rows [y0, y1), sampled with a stride. */
    public static int ofRegion(RasterImage img, int x0, int y0, int x1, int y1) {
        Map<Integer, long[]> bins = new HashMap<>();
        int stride = Math.max(1, (int) Math.sqrt((double) (x1 - x0) * (y1 - y0) / 40_000.0));
        for (int y = y0; y < y1; y += stride) {
            for (int x = x0; x < x1; x += stride) {
                add(bins, img.rgb(x, y));
            }
        }
        return winner(bins);
    }

    private static void add(Map<Integer, long[]> bins, int c) {
        int key = ((RasterImage.red(c) >> 4) << 8) | ((RasterImage.green(c) >> 4) << 4) | (RasterImage.blue(c) >> 4);
        long[] s = bins.computeIfAbsent(key, k -> new long[4]);
        s[0]++;
        s[1] += RasterImage.red(c);
        s[2] += RasterImage.green(c);
        s[3] += RasterImage.blue(c);
    }

    private static int winner(Map<Integer, long[]> bins) {
        long[] best = null;
        for (long[] s : bins.values()) {
            if (best == null || s[0] > best[0]) {
                best = s;
            }
        }
        if (best == null) {
            return 0xffffff;
        }
        int r = (int) Math.round((double) best[1] / best[0]);
        int g = (int) Math.round((double) best[2] / best[0]);
        int b = (int) Math.round((double) best[3] / best[0]);
        return (r << 16) | (g << 8) | b;
    }
}
