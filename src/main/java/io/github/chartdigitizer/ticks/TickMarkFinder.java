package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PlotFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Finds the exact position of the tick belonging to a label: a short mark that starts at the
 * axis line, outside or inside the plot area, or failing that a grid line across the plot area.
 * Positions are darkness-weighted centroids across the mark, in continuous coordinates, so a
 * 1 px tick at column i gives i + 0.5.
 */
public final class TickMarkFinder {
    /** Per-channel distance from the local background that counts as part of a mark. 40. */
    private static final int MARK_CONTRAST = 40;
    /** Distance from the panel colour that counts as part of a grid line. 8, as for frames. */
    private static final int GRID_CONTRAST = 8;

    private final TickConfig config;

    public TickMarkFinder(TickConfig config) {
        this.config = config;
    }

    /** Reads pixels with "along" running parallel to the axis and "across" perpendicular to it. */
    private record View(RasterImage img, boolean xAxis) {
        int at(int along, int across) {
            return xAxis ? img.rgb(along, across) : img.rgb(across, along);
        }

        int alongSize() {
            return xAxis ? img.width() : img.height();
        }

        int acrossSize() {
            return xAxis ? img.height() : img.width();
        }
    }

    /**
     * @param center    label centre along the axis
     * @param halfWidth how far from the centre to look
     */
    public OptionalDouble find(RasterImage img, PlotFrame frame, AxisSide side, double center, double halfWidth) {
        var pa = frame.area();
        Side s = side(img, pa, side);
        View v = s.view();
        boolean xAxis = v.xAxis();
        int outward = s.outward(), tickLen = s.tickLen();
        // Ticks stand on the axis between its ends; past them lie the other axis' labels.
        double axisLo = xAxis ? pa.left() : pa.top();
        double axisHi = xAxis ? pa.right() : pa.bottom();
        int lo = (int) Math.max(Math.max(0, Math.floor(axisLo) - 1), Math.floor(center - halfWidth));
        int hi = (int) Math.min(Math.min(v.alongSize() - 1, Math.ceil(axisHi)), Math.ceil(center + halfWidth));
        if (hi < lo) {
            return OptionalDouble.empty();
        }
        int outStart = s.outStart();
        OptionalDouble out = mark(v, lo, hi, center, outStart, outward, tickLen, frame.pageColor());
        if (out.isPresent()) {
            return atAxisEnd(v, out.getAsDouble(), center, halfWidth, axisLo, axisHi, outStart, outward, tickLen,
                    frame.pageColor());
        }
        int inStart = s.inStart();
        OptionalDouble in = mark(v, lo, hi, center, inStart, -outward, tickLen, frame.panelColor());
        if (in.isPresent()) {
            return atAxisEnd(v, in.getAsDouble(), center, halfWidth, axisLo, axisHi, inStart, -outward, tickLen,
                    frame.panelColor());
        }
        double lowEdge = xAxis ? pa.top() : pa.left();
        double highEdge = xAxis ? pa.bottom() : pa.right();
        OptionalDouble g = grid(v, lo, hi, center, (int) Math.ceil(lowEdge) + 2, (int) Math.floor(highEdge) - 2,
                frame.panelColor());
        if (g.isPresent()) {
            // A "grid line" at the axis' end is the frame line there, with the page beside it (it
            // differs from the panel too): the axis' end is where the frame was found to be.
            double p = g.getAsDouble();
            if (Math.abs(p - axisLo) <= AT_END) {
                return OptionalDouble.of(axisLo);
            }
            if (Math.abs(p - axisHi) <= AT_END) {
                return OptionalDouble.of(axisHi);
            }
        }
        return g;
    }

    /**
     * The axis' end instead of the mark found, when the label sits at that end and the mark is a
     * minor tick: a major tick at the very end of an axis runs into the frame line that turns
     * the corner (ticks drawn inward), so it is not seen as a mark, and the nearest minor tick
     * (9000 beside the 10^4 at the top of a log axis) would take its label, a few pixels off.
     */
    private static OptionalDouble atAxisEnd(View v, double found, double center, double halfWidth, double axisLo,
                                            double axisHi, int start, int dir, int tickLen, int bg) {
        double end = Math.abs(center - axisLo) <= Math.abs(center - axisHi) ? axisLo : axisHi;
        if (Math.abs(center - end) > halfWidth || Math.abs(center - end) >= Math.abs(center - found)) {
            return OptionalDouble.of(found);
        }
        int lo = (int) Math.max(0, Math.floor(axisLo) - 1), hi = (int) Math.min(v.alongSize() - 1, Math.ceil(axisHi));
        int[] runs = new int[hi - lo + 1];
        List<double[]> clusters = clusters(markWeights(v, lo, hi, start, dir, tickLen, bg, runs), runs, lo,
                Math.max(4, v.alongSize() / 150));
        double longest = clusters.stream().mapToDouble(c -> c[1]).max().orElse(0);
        double foundLength = clusters.stream().filter(c -> Math.abs(c[0] - found) < 0.5).mapToDouble(c -> c[1])
                .findFirst().orElse(longest);
        return foundLength < MAJOR_SHARE * longest ? OptionalDouble.of(end) : OptionalDouble.of(found);
    }

    /**
     * Where one side's tick marks stand: the image read along and across its axis, the plot
     * area's edge there, which way is outward (+1 or -1 across), and how long a tick may be.
     */
    private record Side(View view, double edge, int outward, int tickLen) {
        /** First row (or column) past the edge outwards, clear of the edge line's core. */
        int outStart() {
            return (int) Math.round(edge) + (outward > 0 ? 1 : -2);
        }

        /** First row (or column) inside the edge, for ticks drawn into the plot. */
        int inStart() {
            return (int) Math.round(edge) + (outward > 0 ? -2 : 1);
        }
    }

    private Side side(RasterImage img, io.github.chartdigitizer.model.PlotArea pa, AxisSide side) {
        View v = new View(img, side == AxisSide.BOTTOM || side == AxisSide.TOP);
        int outward = side == AxisSide.BOTTOM || side == AxisSide.RIGHT ? 1 : -1;
        return new Side(v, edge(pa, side), outward, (int) Math.max(4, config.maxTickLength() * v.acrossSize()));
    }

    /** Where the axis of a side runs across the image: the plot area's edge on that side. */
    private static double edge(io.github.chartdigitizer.model.PlotArea pa, AxisSide side) {
        return switch (side) {
            case BOTTOM -> pa.bottom();
            case TOP -> pa.top();
            case LEFT -> pa.left();
            case RIGHT -> pa.right();
        };
    }

    /** A short mark: columns whose ink runs from the axis for at least 2 px and at most tickLen. */
    private OptionalDouble mark(View v, int lo, int hi, double center, int start, int dir, int tickLen, int bg) {
        int[] runs = new int[hi - lo + 1];
        double[] weight = markWeights(v, lo, hi, start, dir, tickLen, bg, runs);
        return nearestCluster(weight, lo, center, Math.max(4, v.alongSize() / 150));
    }

    /** Per column from lo to hi: the darkness of a tick-like run from the axis (0 if none), its length in runs. */
    private static double[] markWeights(View v, int lo, int hi, int start, int dir, int tickLen, int bg, int[] runs) {
        double[] weight = new double[hi - lo + 1];
        for (int a = lo; a <= hi; a++) {
            int run = 0;
            double w = 0;
            for (int k = 0; k <= tickLen; k++) {
                int c = start + dir * k;
                if (c < 0 || c >= v.acrossSize()) {
                    break;
                }
                int d = RasterImage.channelDistance(v.at(a, c), bg);
                if (d < MARK_CONTRAST) {
                    break;
                }
                run++;
                w += d;
            }
            boolean tick = run >= 2 && run <= tickLen;
            weight[a - lo] = tick ? w : 0;
            runs[a - lo] = tick ? run : 0;
        }
        return weight;
    }

    /** How near an axis' end, in pixels, a grid line found is the frame line at that end. */
    private static final double AT_END = 1.5;

    /** Major ticks are at least this share as long as the longest tick (minor ticks are shorter). */
    private static final double MAJOR_SHARE = 0.75;

    /**
     * Positions of the major tick marks along a whole axis, outside the plot area or, failing
     * that, inside: used to split tick labels that ran together.
     */
    public List<Double> majorTicks(RasterImage img, PlotFrame frame, AxisSide side) {
        var pa = frame.area();
        Side s = side(img, pa, side);
        View v = s.view();
        boolean xAxis = v.xAxis();
        int lo = (int) Math.max(0, Math.floor(xAxis ? pa.left() : pa.top()) - 2);
        int hi = (int) Math.min(v.alongSize() - 1, Math.ceil(xAxis ? pa.right() : pa.bottom()) + 2);
        List<Double> out = majorTicks(v, lo, hi, s.outStart(), s.outward(), s.tickLen(), frame.pageColor());
        return out.size() >= 2 ? out : majorTicks(v, lo, hi, s.inStart(), -s.outward(), s.tickLen(), frame.panelColor());
    }

    private static List<Double> majorTicks(View v, int lo, int hi, int start, int dir, int tickLen, int bg) {
        int[] runs = new int[hi - lo + 1];
        double[] weight = markWeights(v, lo, hi, start, dir, tickLen, bg, runs);
        List<double[]> clusters = clusters(weight, runs, lo, Math.max(4, v.alongSize() / 150));
        double longest = clusters.stream().mapToDouble(c -> c[1]).max().orElse(0);
        List<Double> out = new ArrayList<>();
        for (double[] c : clusters) {
            if (c[1] >= MAJOR_SHARE * longest) {
                out.add(c[0]);
            }
        }
        return out;
    }

    /** A grid line: columns that differ from the panel over most of the plot. */
    private OptionalDouble grid(View v, int lo, int hi, double center, int from, int to, int panel) {
        if (to <= from) {
            return OptionalDouble.empty();
        }
        double[] weight = new double[hi - lo + 1];
        for (int a = lo; a <= hi; a++) {
            int hits = 0;
            double w = 0;
            for (int c = from; c < to; c++) {
                int d = RasterImage.channelDistance(v.at(a, c), panel);
                if (d >= GRID_CONTRAST) {
                    hits++;
                    w += d;
                }
            }
            weight[a - lo] = hits >= config.gridFraction() * (to - from) ? w : 0;
        }
        return nearestCluster(weight, lo, center, Math.max(4, v.alongSize() / 150));
    }

    /** Centroid of the run of non-zero weights nearest the centre, if the run is thin enough. */
    private static OptionalDouble nearestCluster(double[] weight, int lo, double center, int maxWidth) {
        return clusters(weight, new int[weight.length], lo, maxWidth).stream().mapToDouble(c -> c[0])
                .boxed().min(java.util.Comparator.comparingDouble(p -> Math.abs(p - center)))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /**
     * Runs of non-zero weights at most maxWidth wide: {centroid position, longest mark run}.
     * Wider runs are text or lines, not ticks.
     */
    private static List<double[]> clusters(double[] weight, int[] runs, int lo, int maxWidth) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (i < weight.length) {
            if (weight[i] <= 0) {
                i++;
                continue;
            }
            int j = i;
            double w = 0, wp = 0;
            int len = 0;
            while (j < weight.length && weight[j] > 0) {
                w += weight[j];
                wp += weight[j] * (lo + j + 0.5);
                len = Math.max(len, runs[j]);
                j++;
            }
            if (j - i <= maxWidth) {
                out.add(new double[] {wp / w, len});
            }
            i = j;
        }
        return out;
    }
}
