package io.github.chartdigitizer.image;

/**
 * An opaque RGB image held as packed {@code 0xRRGGBB} ints, row by row. Transparent input is
 * composited over white when loaded. Treat it as read-only: stages share one instance.
 */
public final class RasterImage {
    private final int width;
    private final int height;
    private final int[] rgb;

    public RasterImage(int width, int height, int[] rgb) {
        if (width <= 0 || height <= 0 || rgb.length != width * height) {
            throw new IllegalArgumentException("bad raster " + width + "x" + height + " with " + rgb.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Packed 0xRRGGBB at column x, row y. */
    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    public static int red(int c) {
        return (c >> 16) & 0xff;
    }

    public static int green(int c) {
        return (c >> 8) & 0xff;
    }

    public static int blue(int c) {
        return c & 0xff;
    }

    /** Rec. 601 luma 0..255 of a packed colour. */
    public static double luma(int c) {
        return 0.299 * red(c) + 0.587 * green(c) + 0.114 * blue(c);
    }

    /** Rec. 601 luma of a packed colour times 1000, in integers (0..255000): for per-pixel thresholds. */
    public static int lumaMilli(int c) {
        return 299 * red(c) + 587 * green(c) + 114 * blue(c);
    }

    /**
     * Whether a background is dark (gnuplot's dark terminal, dark styles): text and marks on it
     * are lighter than it, so "ink" is what stands out upwards in luma, not downwards.
     */
    public static boolean isDark(int background) {
        return luma(background) < DARK_BELOW;
    }

    /** Luma under which a background is dark: mid-grey. */
    private static final double DARK_BELOW = 128;

    /**
     * How far a colour stands out from a background as ink, in luma (0..255): darker than a
     * light background, or lighter than a dark one; negative when it goes the other way.
     */
    public static double inkContrast(int c, int background) {
        double d = luma(background) - luma(c);
        return isDark(background) ? -d : d;
    }

    /** Luma 0..255 at column x, row y. */
    public double luma(int x, int y) {
        return luma(rgb(x, y));
    }

    /**
     * Largest per-channel difference between two colours, 0..255. Called for every pixel by
     * several stages, so written small enough (under 35 bytes of bytecode) for the quick JIT
     * compiler, which the launcher uses, to inline.
     */
    public static int channelDistance(int a, int b) {
        return Math.max(channelDifference(a, b, 16), Math.max(channelDifference(a, b, 8), channelDifference(a, b, 0)));
    }

    /** |a - b| in the channel at bit {@code shift}. */
    private static int channelDifference(int a, int b, int shift) {
        return Math.abs((a >> shift & 0xff) - (b >> shift & 0xff));
    }

    /** Max minus min channel: 0 for greys, large for saturated colours. */
    public static int chroma(int c) {
        int r = red(c), g = green(c), b = blue(c);
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    public static String hex(int c) {
        return String.format("#%06x", c & 0xffffff);
    }
}
