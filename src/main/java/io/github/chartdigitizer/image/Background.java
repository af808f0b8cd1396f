package io.github.chartdigitizer.image;

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
        long[] bins = new long[BINS * 4];
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
        long[] bins = new long[BINS * 4];
        int stride = Math.max(1, (int) Math.sqrt((double) (x1 - x0) * (y1 - y0) / 40_000.0));
        for (int y = y0; y < y1; y += stride) {
            for (int x = x0; x < x1; x += stride) {
                add(bins, img.rgb(x, y));
            }
        }
        return winner(bins);
    }

    /** Colour bins: 4 bits a channel. Each bin holds {count, red sum, green sum, blue sum}. */
    private static final int BINS = 1 << 12;

    private static void add(long[] bins, int c) {
        int key = ((RasterImage.red(c) >> 4) << 8) | ((RasterImage.green(c) >> 4) << 4) | (RasterImage.blue(c) >> 4);
        int o = key * 4;
        bins[o]++;
        bins[o + 1] += RasterImage.red(c);
        bins[o + 2] += RasterImage.green(c);
        bins[o + 3] += RasterImage.blue(c);
    }

    private static int winner(long[] bins) {
        int best = -1;
        for (int o = 0; o < bins.length; o += 4) {
            if (bins[o] > 0 && (best < 0 || bins[o] > bins[best])) {
                best = o;
            }
        }
        if (best < 0) {
            return 0xffffff;
        }
        int r = (int) Math.round((double) bins[best + 1] / bins[best]);
        int g = (int) Math.round((double) bins[best + 2] / bins[best]);
        int b = (int) Math.round((double) bins[best + 3] / bins[best]);
        return (r << 16) | (g << 8) | b;
    }
}
