package io.github.chartdigitizer.text;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.internal.Components;
import io.github.chartdigitizer.model.PixelBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Connected components of dark ink (8-connected). */
public final class InkComponents {
    private InkComponents() {
    }

    /** All ink components of the image darker than {@code pageColor} by the configured contrast. */
    public static List<Glyph> find(RasterImage img, int pageColor, InkConfig config) {
        return find(img, pageColor, config, new PixelBox(0, 0, img.width(), img.height()));
    }

    /**
     * The ink components inside {@code within}, after clearing its rules (see
     * {@link #eraseRules}): text that touches a grid line or a legend box comes apart from it.
     * Elsewhere the rules are better kept, as tick marks that touch the frame would become
     * glyphs beside their labels, and the flat stretches of a black curve would leave
     * letter-sized pieces.
     */
    public static List<Glyph> findWithoutRules(RasterImage img, int pageColor, InkConfig config, PixelBox within) {
        // Runs are measured a little beyond the box, so a grid line that meets the frame just
        // outside it is still one long run, not a letter-sized stub at the box's edge.
        if (within.width() <= 0 || within.height() <= 0) {
            return List.of();
        }
        PixelBox reach = within.grow(RULE_CONTEXT, RULE_CONTEXT).clampedTo(new PixelBox(0, 0, img.width(), img.height()));
        int w = reach.width(), h = reach.height();
        byte[] mask = mask(img, pageColor, config, reach);
        eraseRules(mask, w, h, Math.max(MIN_RULE, (int) Math.round(RULE_SHARE * Math.max(img.width(), img.height()))));
        // Only the box's own ink is labelled: clear the context rows and columns around it.
        int l = within.left() - reach.left(), t = within.top() - reach.top();
        int r = l + within.width(), b = t + within.height();
        for (int y = 0; y < h; y++) {
            if (y < t || y >= b) {
                Arrays.fill(mask, y * w, (y + 1) * w, (byte) 0);
            } else {
                Arrays.fill(mask, y * w, y * w + l, (byte) 0);
                Arrays.fill(mask, y * w + r, (y + 1) * w, (byte) 0);
            }
        }
        return glyphs(mask, reach, config);
    }

    /** Pixels beyond the box over which rules are measured. */
    static final int RULE_CONTEXT = 8;

    private static List<Glyph> find(RasterImage img, int pageColor, InkConfig config, PixelBox box) {
        if (box.width() <= 0 || box.height() <= 0) {
            return List.of();
        }
        return glyphs(mask(img, pageColor, config, box), box, config);
    }

    /** The ink mask of a box, row-major in box coordinates. */
    private static byte[] mask(RasterImage img, int pageColor, InkConfig config, PixelBox box) {
        int w = box.width(), h = box.height();
        // Integer Rec. 601 luma times 1000, compared with the limit likewise scaled; on a dark
        // page, ink is lighter than the page (luma and limit negated).
        boolean dark = RasterImage.isDark(pageColor);
        long page = Math.round(RasterImage.luma(pageColor) * 1000);
        long limit = (dark ? -page : page) - config.minContrast() * 1000L;
        byte[] mask = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = img.rgb(box.left() + x, box.top() + y);
                int l = RasterImage.lumaMilli(c);
                if ((dark ? -l : l) < limit) {
                    mask[y * w + x] = INK;
                }
            }
        }
        return mask;
    }

    /** The mask's components of at least the configured size, in image coordinates. */
    private static List<Glyph> glyphs(byte[] mask, PixelBox box, InkConfig config) {
        List<Glyph> out = new ArrayList<>();
        for (Components.Component c : Components.components(mask, box.width(), box.height())) {
            if (c.area() >= config.minPixels()) {
                PixelBox b = c.box();
                out.add(new Glyph(new PixelBox(b.left() + box.left(), b.top() + box.top(),
                        b.right() + box.left(), b.bottom() + box.top()), c.area()));
            }
        }
        return out;
    }

    /** Shortest straight run of ink, in pixels, that is a rule (frame, grid line, legend box), not a letter. */
    static final int MIN_RULE = 30;
    /** ... or as a share of the image's longer side, for large images with large type. */
    static final double RULE_SHARE = 0.04;

    /**
     * Clears horizontal and vertical runs of at least {@code minRun} ink pixels: a legend box's
     * edge or a grid line that touches a descender ("decay", "(s)") would otherwise join the
     * letters into one huge component that is no text at all. Letters have no straight stroke
     * that long; the few pixels a letter shares with the rule are lost.
     */
    static void eraseRules(byte[] mask, int w, int h, int minRun) {
        // Bits of each mask byte: INK as found, then RULE once a long run covers the pixel. Runs
        // are measured on INK, so a pixel in both a horizontal and a vertical rule is seen by both.
        for (int y = 0; y < h; y++) {
            int run = 0;
            for (int x = 0; x <= w; x++) {
                if (x < w && (mask[y * w + x] & INK) != 0) {
                    run++;
                    continue;
                }
                if (run >= minRun) {
                    for (int k = y * w + x - run; k < y * w + x; k++) {
                        mask[k] |= RULE;
                    }
                }
                run = 0;
            }
        }
        int[] runs = new int[w];
        for (int y = 0; y <= h; y++) {
            for (int x = 0; x < w; x++) {
                if (y < h && (mask[y * w + x] & INK) != 0) {
                    runs[x]++;
                    continue;
                }
                if (runs[x] >= minRun) {
                    for (int k = y - runs[x]; k < y; k++) {
                        mask[k * w + x] |= RULE;
                    }
                }
                runs[x] = 0;
            }
        }
        for (int i = 0; i < mask.length; i++) {
            mask[i] = (mask[i] & RULE) != 0 ? 0 : mask[i];
        }
    }

    private static final byte INK = 1;
    private static final byte RULE = 2;

    /** Chroma (max-min channel) above which a glyph is a coloured mark (marker, swatch), not black or grey text. */
    public static final int MAX_TEXT_CHROMA = 60;

    /**
     * Chroma of the pixel in a box that stands out most from the page as ink (the darkest on a
     * light page, the lightest on a dark one): near 0 for black, white or grey text.
     */
    public static int inkChroma(RasterImage img, PixelBox b, int pageColor) {
        int strongest = -1;
        double contrast = Double.NEGATIVE_INFINITY;
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                double k = RasterImage.inkContrast(img.rgb(x, y), pageColor);
                if (k > contrast) {
                    contrast = k;
                    strongest = img.rgb(x, y);
                }
            }
        }
        return strongest < 0 ? 0 : RasterImage.chroma(strongest);
    }
}
