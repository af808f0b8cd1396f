package io.github.chartdigitizer.text;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.internal.OpenCv;
import io.github.chartdigitizer.model.PixelBox;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Connected components of dark ink (8-connected), through OpenCV. */
public final class InkComponents {
    private InkComponents() {
    }

    /** All ink components of the image darker than {@code pageColor} by the configured contrast. */
    public static List<Glyph> find(RasterImage img, int pageColor, InkConfig config) {
        OpenCv.ensureLoaded();
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
        Mat m = new Mat(h, w, CvType.CV_8UC1);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        try {
            m.put(0, 0, mask);
            int n = Imgproc.connectedComponentsWithStats(m, labels, stats, centroids, 8, CvType.CV_32S);
            int[] s = new int[5];
            List<Glyph> out = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                stats.get(i, 0, s);
                if (s[Imgproc.CC_STAT_AREA] < config.minPixels()) {
                    continue;
                }
                int x = s[Imgproc.CC_STAT_LEFT], y = s[Imgproc.CC_STAT_TOP];
                out.add(new Glyph(new PixelBox(x, y, x + s[Imgproc.CC_STAT_WIDTH], y + s[Imgproc.CC_STAT_HEIGHT]),
                        s[Imgproc.CC_STAT_AREA]));
            }
            return out;
        } finally {
            m.release();
            labels.release();
            stats.release();
            centroids.release();
        }
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
