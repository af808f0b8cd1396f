package io.github.chartdigitizer.tracing;

import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.segmentation.SeriesMask;

/**
 * How thick a traced line is along its course: in each column where it was seen, the summed
 * mask alpha of the run holding the traced y (a run ends at two empty rows, as
 * {@link CurveTracer} reads runs), divided by {@code sqrt(1 + slope^2)}. A band of perpendicular
 * width w and slope s covers w * sqrt(1 + s^2) pixels of each column, so the quotient is the
 * line width whatever the slope, and stays constant along a cleanly traced line. Evidence for
 * the series' confidence; never changes the trace.
 */
public final class LineWidth {
    private LineWidth() {
    }

    /** Width in pixels at each point of the trace; NaN where the point was bridged, not seen. */
    public static double[] along(SeriesMask mask, PixelTrace t) {
        PixelBox box = mask.box();
        int n = t.xs().length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Double.NaN;
            int x = (int) Math.floor(t.xs()[i]);
            int y = (int) Math.floor(t.ys()[i]);
            if (!t.observed()[i] || x < box.left() || x >= box.right() || y < box.top() || y >= box.bottom()) {
                continue;
            }
            double weight = runWeight(mask, x, y);
            int a = Math.max(0, i - 1), b = Math.min(n - 1, i + 1);
            double dx = t.xs()[b] - t.xs()[a];
            double slope = dx > 0 ? (t.ys()[b] - t.ys()[a]) / dx : 0;
            if (weight > 0) {
                out[i] = weight / Math.sqrt(1 + slope * slope);
            }
        }
        return out;
    }

    /** Summed alpha of the run of line pixels through row y of column x. */
    private static double runWeight(SeriesMask mask, int x, int y) {
        PixelBox box = mask.box();
        int start = y;
        if (mask.at(x, y) == 0) {
            // The traced centre of a run with a one-row hole can fall into the hole.
            start = y + 1 < box.bottom() && mask.at(x, y + 1) > 0 ? y + 1
                    : y - 1 >= box.top() && mask.at(x, y - 1) > 0 ? y - 1 : -1;
            if (start < 0) {
                return 0;
            }
        }
        return mask.at(x, start) + walk(mask, x, start, -1) + walk(mask, x, start, 1);
    }

    private static double walk(SeriesMask mask, int x, int from, int step) {
        PixelBox box = mask.box();
        double sum = 0;
        int gap = 0;
        for (int y = from + step; y >= box.top() && y < box.bottom(); y += step) {
            float a = mask.at(x, y);
            if (a > 0) {
                sum += a;
                gap = 0;
            } else if (++gap > 1) {
                break;
            }
        }
        return sum;
    }
}
