package io.github.chartdigitizer.internal;

import io.github.chartdigitizer.model.PixelBox;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** 8-connected components of a binary mask, through OpenCV. */
public final class Components {
    /** One component: its label in {@link Labeling#labels()}, bounding box and pixel count. */
    public record Component(int label, PixelBox box, int area) {
    }

    /**
     * @param labels per pixel, row-major, the component label (0 = background); null from
     *               {@link #components}
     * @param components the components, labels 1..n
     */
    public record Labeling(int[] labels, List<Component> components) {
    }

    private Components() {
    }

    /** Labels the non-zero pixels of a w×h row-major mask. */
    public static Labeling label(byte[] mask, int w, int h) {
        return run(mask, w, h, true);
    }

    /** The components of a w×h row-major mask, without the per-pixel labels (cheaper). */
    public static List<Component> components(byte[] mask, int w, int h) {
        return run(mask, w, h, false).components();
    }

    private static Labeling run(byte[] mask, int w, int h, boolean withLabels) {
        OpenCv.ensureLoaded();
        Mat m = new Mat(h, w, CvType.CV_8UC1);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        try {
            m.put(0, 0, mask);
            int n = Imgproc.connectedComponentsWithStats(m, labels, stats, centroids, 8, CvType.CV_32S);
            // One JNI copy of the whole stats table: a get per row costs more than the labelling.
            int cols = stats.cols();
            int[] s = new int[n * cols];
            stats.get(0, 0, s);
            List<Component> out = new ArrayList<>(Math.max(0, n - 1));
            for (int i = 1; i < n; i++) {
                int o = i * cols;
                int x = s[o + Imgproc.CC_STAT_LEFT], y = s[o + Imgproc.CC_STAT_TOP];
                out.add(new Component(i, new PixelBox(x, y, x + s[o + Imgproc.CC_STAT_WIDTH], y + s[o + Imgproc.CC_STAT_HEIGHT]),
                        s[o + Imgproc.CC_STAT_AREA]));
            }
            int[] lab = null;
            if (withLabels) {
                lab = new int[w * h];
                labels.get(0, 0, lab);
            }
            return new Labeling(lab, out);
        } finally {
            m.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }
}
