package io.github.chartdigitizer.segmentation;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.internal.Components;
import io.github.chartdigitizer.model.RuleLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the line colours inside the plot area and a mask per colour. A line's fully covered
 * pixels share one colour, its anti-aliased edges are blends of that colour with the panel: so
 * the colour histogram's peaks, taken in order of height, are the line colours, and a later
 * peak that is just a blend of the panel with an earlier one is not a new line.
 */
public final class ColorSegmenter {
    /** Histogram bins: 5 bits a channel, coarse enough to absorb JPEG noise. */
    private static final int BITS = 5;
    /**
     * A histogram bin holding at least 1/PEAK_SHARE of a series' minimum pixels may start a new
     * colour; whether it is a series is decided by all the pixels it gathers. 20: JPEG spreads a
     * thin line's pixels over dozens of bins, none of them large.
     */
    private static final int PEAK_SHARE = 20;
    /** ... and at least this many pixels, so lone specks start nothing. */
    private static final int MIN_PEAK = 3;
    /** Share of the luma room beside a mid-grey panel a grey line must stand out by. */
    private static final double MID_PANEL_SHARE = 0.5;
    /** A rule is a grid line when it spans this share of the plot area. */
    private static final double GRID_SPAN = 0.9;
    /** Colours remembered while assigning pixels to lines: 2^12 slots. */
    private static final int CACHE_BITS = 12;
    private static final int CACHE_SIZE = 1 << CACHE_BITS;

    private final SegmentationConfig config;

    public ColorSegmenter(SegmentationConfig config) {
        this.config = config;
    }

    /**
     * @param exclusions regions that are never data (legend entries)
     */
    public List<SeriesMask> segment(RasterImage img, PlotFrame frame, List<PixelBox> exclusions) {
        PixelBox box = frame.area().interior(config.inset());
        if (box.area() == 0) {
            return List.of();
        }
        int panel = frame.panelColor();
        boolean[] dark = darkLinePixels(img, frame, box);
        boolean[] excluded = new boolean[box.area()];
        for (PixelBox e : exclusions) {
            for (int y = Math.max(e.top(), box.top()); y < Math.min(e.bottom(), box.bottom()); y++) {
                for (int x = Math.max(e.left(), box.left()); x < Math.min(e.right(), box.right()); x++) {
                    excluded[(y - box.top()) * box.width() + (x - box.left())] = true;
                }
            }
        }
        // Whether each pixel may belong to a line, worked out once for both passes below.
        boolean[] candidate = new boolean[box.area()];
        int bins = 1 << (3 * BITS);
        int[] count = new int[bins];
        long[] sum = new long[3 * bins];
        int minContrast = config.minContrast(), minChroma = config.minChroma();
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                int c = img.rgb(x, y);
                int i = (y - box.top()) * box.width() + (x - box.left());
                // Stands out from the panel, is not excluded, and is coloured or a dark line's.
                if (!excluded[i] && RasterImage.channelDistance(c, panel) >= minContrast
                        && (RasterImage.chroma(c) >= minChroma || dark[i])) {
                    candidate[i] = true;
                    int k = bin(c);
                    count[k]++;
                    sum[3 * k] += RasterImage.red(c);
                    sum[3 * k + 1] += RasterImage.green(c);
                    sum[3 * k + 2] += RasterImage.blue(c);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            if (count[k] > 0) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingInt((Integer k) -> count[k]).reversed());
        int minPixels = (int) Math.max(10, config.minPixelsShare() * box.width());
        List<double[]> centers = new ArrayList<>();
        List<long[]> members = new ArrayList<>();
        for (int k : order) {
            double[] c = {(double) sum[3 * k] / count[k], (double) sum[3 * k + 1] / count[k], (double) sum[3 * k + 2] / count[k]};
            int owner = -1;
            double bestRes = Double.POSITIVE_INFINITY;
            for (int i = 0; i < centers.size(); i++) {
                double[] fit = blend(c, panel, centers.get(i));
                // Any share of an earlier colour explains a bin: pale fringes are no new line.
                if (fit[1] < bestRes && fit[1] <= config.maxResidual() && fit[0] > 0) {
                    bestRes = fit[1];
                    owner = i;
                }
            }
            if (owner >= 0) {
                members.get(owner)[0] += count[k];
                continue;
            }
            if (count[k] >= Math.max(MIN_PEAK, minPixels / PEAK_SHARE)) {
                centers.add(c);
                members.add(new long[] {count[k]});
            }
        }
        List<SeriesMask> out = new ArrayList<>();
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < centers.size(); i++) {
            if (members.get(i)[0] >= minPixels) {
                kept.add(centers.get(i));
            }
        }
        float[][] alpha = new float[kept.size()][box.area()];
        // Anti-aliased lines repeat a few hundred colours: each colour's owner is worked out
        // once (a direct-mapped cache; a JPEG's many colours just miss it).
        int[] cachedColor = new int[CACHE_SIZE];
        Arrays.fill(cachedColor, -1);
        int[] cachedOwner = new int[CACHE_SIZE];
        float[] cachedAlpha = new float[CACHE_SIZE];
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                if (!candidate[(y - box.top()) * box.width() + (x - box.left())]) {
                    continue;
                }
                int c = img.rgb(x, y);
                int slot = (c * 0x9E3779B1 >>> (32 - CACHE_BITS));
                if (cachedColor[slot] != c) {
                    cachedColor[slot] = c;
                    cachedOwner[slot] = -1;
                    double[] px = {RasterImage.red(c), RasterImage.green(c), RasterImage.blue(c)};
                    int owner = -1;
                    double bestRes = Double.POSITIVE_INFINITY;
                    double a = 0;
                    for (int i = 0; i < kept.size(); i++) {
                        double[] fit = blend(px, panel, kept.get(i));
                        if (fit[1] < bestRes) {
                            bestRes = fit[1];
                            owner = i;
                            a = fit[0];
                        }
                    }
                    if (owner >= 0 && bestRes <= config.maxResidual() && a >= config.minAlpha()) {
                        cachedOwner[slot] = owner;
                        cachedAlpha[slot] = (float) Math.min(1, a);
                    }
                }
                if (cachedOwner[slot] >= 0) {
                    alpha[cachedOwner[slot]][(y - box.top()) * box.width() + (x - box.left())] = cachedAlpha[slot];
                }
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            double[] c = kept.get(i);
            int rgb = (int) Math.round(c[0]) << 16 | (int) Math.round(c[1]) << 8 | (int) Math.round(c[2]);
            out.add(new SeriesMask(rgb, box, alpha[i]));
        }
        return out;
    }

    /**
     * Grey and black pixels that belong to a plotted line rather than to text, tick marks or
     * grid lines: darker than the panel by {@link SegmentationConfig#minDarkContrast()}, or
     * lighter by as much (white lines on a dark panel; on a mid-grey one, as ggplot2's
     * theme_dark, either), not on
     * a long straight rule, and part of a connected blob at least
     * {@link SegmentationConfig#minDarkExtent()} of the plot wide or tall (glyphs and inner
     * tick marks are far smaller). Their anti-aliased fringes join through the blend test later.
     */
    private boolean[] darkLinePixels(RasterImage img, PlotFrame frame, PixelBox box) {
        int w = box.width(), h = box.height();
        int panel = frame.panelColor();
        double panelLuma = RasterImage.luma(panel);
        // On a mid-grey panel no line stands out by the full contrast either way: half the
        // room there is, darker or lighter, is asked of it instead.
        double contrast = Math.min(config.minDarkContrast(), MID_PANEL_SHARE * Math.max(panelLuma, 255 - panelLuma));
        byte[] mask = new byte[w * h];
        // The panel's own colour (most of the box) stands out by nothing: no luma to work out.
        boolean skipPanel = contrast > 0;
        int minChroma = config.minChroma();
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                int c = img.rgb(x, y);
                if (c == panel && skipPanel) {
                    continue;
                }
                int chroma = RasterImage.chroma(c);
                if (chroma >= minChroma) {
                    continue;
                }
                double d = Math.abs(RasterImage.luma(c) - panelLuma);
                if (d >= contrast || d >= WEAK_SHARE * contrast && chroma >= MIN_TINT) {
                    mask[(y - box.top()) * w + (x - box.left())] = (byte) (d >= contrast ? STRONG : WEAK);
                }
            }
        }
        for (RuleLine l : frame.lines()) {
            // Grid lines cross the whole plot; a flat stretch of a black curve does not.
            double span = l.horizontal() ? frame.area().width() : frame.area().height();
            if (l.kind() != RuleLine.Kind.LINE || l.length() < GRID_SPAN * span) {
                continue;
            }
            int half = (l.thickness() + 1) / 2 + 1;
            int p0 = (int) Math.floor(l.pos()) - half, p1 = (int) Math.floor(l.pos()) + half;
            for (int p = p0; p <= p1; p++) {
                for (int a = (int) l.start(); a < (int) l.end(); a++) {
                    int x = l.horizontal() ? a : p, y = l.horizontal() ? p : a;
                    if (box.contains(x, y)) {
                        mask[(y - box.top()) * w + (x - box.left())] = 0;
                    }
                }
            }
        }
        Components.Kept kept = Components.kept(mask, w, h,
                c -> (c.box().width() >= config.minDarkExtent() * w || c.box().height() >= config.minDarkExtent() * h)
                        && hasStrong(mask, w, c.box()));
        boolean[] keep = kept.mask();
        for (Components.Component c : kept.components()) {
            if (outlinesBox(keep, w, c.box())) {
                // A box drawn in ink (a legend's frame in matplotlib's classic style): no line.
                for (int y = c.box().top(); y < c.box().bottom(); y++) {
                    java.util.Arrays.fill(keep, y * w + c.box().left(), y * w + c.box().right(), false);
                }
            }
        }
        return keep;
    }

    /** Mask marks of a pixel that stands out by the full contrast, and by part of it. */
    private static final byte STRONG = (byte) 255, WEAK = (byte) 128;
    /** Share of the contrast a pixel needs to join a faint line's full-contrast cores. */
    private static final double WEAK_SHARE = 0.6;
    /**
     * Least channel spread of such a pixel: a coloured line washed out by JPEG keeps a tint
     * (steelblue's cores in p0068 and p0087 spread 18-31), grey text and rules do not.
     */
    private static final int MIN_TINT = 10;

    private static boolean hasStrong(byte[] mask, int w, PixelBox b) {
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                if (mask[y * w + x] == STRONG) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Share of each side of a box its outline covers at the least. */
    private static final double BOX_SIDE = 0.6;
    /** Band, in pixels, along each side in which the outline is looked for. */
    private static final int BOX_BAND = 3;

    /**
     * Whether the pixels in a component's box outline it: all four sides covered over most of
     * their length. No plotted line covers all four sides of its own bounding box.
     */
    static boolean outlinesBox(boolean[] mask, int w, PixelBox b) {
        if (b.width() < 2 * BOX_BAND + 2 || b.height() < 2 * BOX_BAND + 2) {
            return false;
        }
        return sideCovered(mask, w, b, true, b.top()) && sideCovered(mask, w, b, true, b.bottom() - BOX_BAND)
                && sideCovered(mask, w, b, false, b.left()) && sideCovered(mask, w, b, false, b.right() - BOX_BAND);
    }

    /** Whether a band of {@link #BOX_BAND} rows (or columns) from {@code from} has ink along most of the side. */
    private static boolean sideCovered(boolean[] mask, int w, PixelBox b, boolean horizontal, int from) {
        int covered = 0, length = horizontal ? b.width() : b.height();
        for (int a = 0; a < length; a++) {
            boolean hit = false;
            for (int k = 0; k < BOX_BAND && !hit; k++) {
                int x = horizontal ? b.left() + a : from + k;
                int y = horizontal ? from + k : b.top() + a;
                hit = mask[y * w + x];
            }
            covered += hit ? 1 : 0;
        }
        return covered >= BOX_SIDE * length;
    }

    private static int bin(int c) {
        int s = 8 - BITS;
        return (RasterImage.red(c) >> s) << (2 * BITS) | (RasterImage.green(c) >> s) << BITS | (RasterImage.blue(c) >> s);
    }

    /**
     * Models c as panel + a * (series - panel): returns {a, distance of c from that blend}.
     * a may exceed 1 for pixels darker than the series' typical colour (JPEG, overlaps).
     */
    private static double[] blend(double[] c, int panel, double[] series) {
        double[] p = {RasterImage.red(panel), RasterImage.green(panel), RasterImage.blue(panel)};
        double[] dir = {series[0] - p[0], series[1] - p[1], series[2] - p[2]};
        double[] v = {c[0] - p[0], c[1] - p[1], c[2] - p[2]};
        double dd = dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2];
        if (dd == 0) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        double a = (v[0] * dir[0] + v[1] * dir[1] + v[2] * dir[2]) / dd;
        double ac = Math.max(0, Math.min(1.3, a));
        double r0 = v[0] - ac * dir[0], r1 = v[1] - ac * dir[1], r2 = v[2] - ac * dir[2];
        return new double[] {a, Math.sqrt(r0 * r0 + r1 * r1 + r2 * r2)};
    }
}
