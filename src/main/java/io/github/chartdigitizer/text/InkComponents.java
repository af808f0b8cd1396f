package io.github.chartdigitizer.text;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.internal.Components;
import io.github.chartdigitizer.model.PixelBox;
import java.util.ArrayList;
import java.util.List;

/** Connected components of dark ink (8-connected). */
public final class InkComponents {
    private InkComponents() {
    }

    /** All ink components of the image darker than {@code pageColor} by the configured contrast. */
    public static List<Glyph> find(RasterImage img, int pageColor, InkConfig config) {
        int w = img.width(), h = img.height();
        double limit = RasterImage.luma(pageColor) - config.minContrast();
        byte[] mask = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (img.luma(x, y) < limit) {
                    mask[y * w + x] = (byte) 255;
                }
            }
        }
        List<Glyph> out = new ArrayList<>();
        for (Components.Component c : Components.label(mask, w, h).components()) {
            if (c.area() >= config.minPixels()) {
                out.add(new Glyph(c.box(), c.area()));
            }
        }
        return out;
    }

    /** Chroma (max-min channel) above which a glyph is a coloured mark (marker, swatch), not black or grey text. */
    public static final int MAX_TEXT_CHROMA = 60;

    /** Chroma of the darkest pixel in a box: near 0 for black or grey text. */
    public static int darkestChroma(RasterImage img, PixelBox b) {
        int darkest = -1;
        double luma = Double.POSITIVE_INFINITY;
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                double l = img.luma(x, y);
                if (l < luma) {
                    luma = l;
                    darkest = img.rgb(x, y);
                }
            }
        }
        return darkest < 0 ? 0 : RasterImage.chroma(darkest);
    }
}
