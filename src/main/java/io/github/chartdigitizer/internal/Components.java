package io.github.chartdigitizer.internal;

import io.github.chartdigitizer.model.PixelBox;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** 8-connected components of a binary mask, through OpenCV. */
public final class Components {
    /** One component: its label (1..n), bounding box and pixel count. */
    public record Component(int label, PixelBox box, int area) {
    }

    private Components() {
    }

    /**
     * Per pixel of a w×h row-major mask, whether it lies in a component that {@code wanted}
     * accepts. The per-pixel labels are copied out of OpenCV only when some component is
     * wanted (usually none is: it is the cost of the labelling again).
     */
    public static boolean[] keep(byte[] mask, int w, int h, java.util.function.Predicate<Component> wanted) {
        return kept(mask, w, h, wanted).mask();
    }

    /**
     * The pixels of the wanted components and the components themselves.
     *
     * @param mask per pixel, whether it lies in a wanted component
     */
    public record Kept(boolean[] mask, List<Component> components) {
    }

    /** As {@link #keep}, with the components kept. */
    public static Kept kept(byte[] mask, int w, int h, java.util.function.Predicate<Component> wanted) {
        return labelled(mask, w, h, (labels, comps) -> {
            boolean[] want = new boolean[comps.size() + 1];
            List<Component> wantedOnes = new ArrayList<>();
            for (Component c : comps) {
                want[c.label()] = wanted.test(c);
                if (want[c.label()]) {
                    wantedOnes.add(c);
                }
            }
            boolean[] keep = new boolean[w * h];
            if (!wantedOnes.isEmpty()) {
                int[] lab = new int[w * h];
                labels.get(0, 0, lab);
                for (int i = 0; i < keep.length; i++) {
                    keep[i] = want[lab[i]];
                }
            }
            return new Kept(keep, wantedOnes);
        });
    }

    /** The components of a w×h row-major mask. */
    public static List<Component> components(byte[] mask, int w, int h) {
        return labelled(mask, w, h, (labels, comps) -> comps);
    }

    /**
     * Labels the mask's 8-connected components in OpenCV and hands the label image (valid only
     * during the call) and the components to {@code use}.
     */
    private static <T> T labelled(byte[] mask, int w, int h, java.util.function.BiFunction<Mat, List<Component>, T> use) {
        OpenCv.ensureLoaded();
        Mat m = new Mat(h, w, CvType.CV_8UC1);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        try {
            m.put(0, 0, mask);
            int n = Imgproc.connectedComponentsWithStats(m, labels, stats, centroids, 8, CvType.CV_32S);
            return use.apply(labels, components(stats, n));
        } finally {
            m.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }

    /** Components 1..n-1 from OpenCV's stats table. */
    private static List<Component> components(Mat stats, int n) {
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
        return out;
    }
}
