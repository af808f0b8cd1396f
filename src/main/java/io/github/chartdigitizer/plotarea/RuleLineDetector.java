package io.github.chartdigitizer.plotarea;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.RuleLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds long horizontal or vertical lines and filled panels by scanning every row (or column)
 * for its longest run of non-background pixels. Consecutive rows with a long run form a band:
 * a thin band is a line (frame, spine or grid line), a thick one a filled panel (ggplot2's grey
 * panel), whose two edges are reported. Thick bands split only by thin background gaps (white
 * grid lines on a grey panel) are one panel.
 */
final class RuleLineDetector {
    /**
     * A band this thin is always a line, whatever the image size: a blurred or JPEG'd 2 px
     * axis line spreads over 5 rows, and no panel is that thin.
     */
    private static final int MIN_MAX_THICKNESS = 6;

    private final PlotAreaConfig config;

    RuleLineDetector(PlotAreaConfig config) {
        this.config = config;
    }

    /** One row's (or column's) longest run. */
    private record Run(int start, int end, double weight, double chroma, int color) {
        int length() {
            return end - start;
        }
    }

    /** The horizontal lines (and panel edges), then the vertical ones. */
    List<List<RuleLine>> detect(RasterImage img, int background) {
        byte[] hits = hits(img, background);
        return List.of(detect(img, background, hits, true), detect(img, background, hits, false));
    }

    /** 1 where a pixel differs from the background by the configured distance, row-major. */
    private byte[] hits(RasterImage img, int bg) {
        int w = img.width(), h = img.height();
        int minDistance = config.minColorDistance();
        byte[] hits = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (RasterImage.channelDistance(img.rgb(x, y), bg) >= minDistance) {
                    hits[y * w + x] = 1;
                }
            }
        }
        return hits;
    }

    private List<RuleLine> detect(RasterImage img, int background, byte[] hits, boolean horizontal) {
        int along = horizontal ? img.width() : img.height();
        int across = horizontal ? img.height() : img.width();
        int minLength = (int) Math.ceil(config.minLengthFraction() * along);
        int maxThick = (int) Math.max(MIN_MAX_THICKNESS, Math.round(config.maxLineThickness() * Math.max(img.width(), img.height()) / 1000.0));
        int gap = (int) Math.max(2, Math.round(config.gapTolerance() * along / 1000.0));
        Run[] runs = longestRuns(img, background, hits, horizontal, gap, minLength);
        List<int[]> bands = new ArrayList<>();
        int j = 0;
        while (j < across) {
            if (runs[j] == null) {
                j++;
                continue;
            }
            int k = j;
            while (k + 1 < across && runs[k + 1] != null) {
                k++;
            }
            bands.add(new int[] {j, k + 1});
            j = k + 1;
        }
        bands = mergePanels(bands, maxThick);
        List<RuleLine> out = new ArrayList<>();
        for (int[] b : bands) {
            int thick = b[1] - b[0];
            if (thick >= across * 0.97) {
                continue; // fills the image: a photo or a solid background, not a panel
            }
            double start = medianOf(runs, b, true);
            double end = medianOf(runs, b, false);
            int color = runs[strongestRow(runs, b)].color();
            if (thick <= maxThick) {
                double w = 0, wp = 0, chroma = 0;
                int n = 0;
                for (int r = b[0]; r < b[1]; r++) {
                    if (runs[r] != null) {
                        w += runs[r].weight();
                        wp += runs[r].weight() * (r + 0.5);
                        chroma += runs[r].chroma();
                        n++;
                    }
                }
                if (chroma / n > config.maxLineChroma()) {
                    continue; // a coloured data line running straight, not chart furniture
                }
                out.add(new RuleLine(horizontal, wp / w, start, end, thick, RuleLine.Kind.LINE, color));
            } else {
                double typical = runs[middleRow(runs, b)].weight() / runs[middleRow(runs, b)].length();
                double first = coverage(runs[b[0]], typical);
                double last = coverage(runs[b[1] - 1], typical);
                out.add(new RuleLine(horizontal, b[0] + 1 - first, start, end, thick, RuleLine.Kind.PANEL_EDGE, color));
                out.add(new RuleLine(horizontal, b[1] - 1 + last, start, end, thick, RuleLine.Kind.PANEL_EDGE, color));
            }
        }
        return out;
    }

    /** How much of an edge row the panel covers, from its mean distance to the background. */
    private static double coverage(Run r, double typical) {
        if (r == null || typical <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, r.weight() / r.length() / typical));
    }

    /** Joins thick bands separated by thin gaps (grid lines in a panel's colour of background). */
    private static List<int[]> mergePanels(List<int[]> bands, int maxThick) {
        List<int[]> out = new ArrayList<>();
        for (int[] b : bands) {
            if (!out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                boolean prevThick = prev[1] - prev[0] > maxThick;
                boolean thick = b[1] - b[0] > maxThick;
                if (b[0] - prev[1] <= maxThick && (prevThick || thick)) {
                    prev[1] = b[1];
                    continue;
                }
            }
            out.add(new int[] {b[0], b[1]});
        }
        return out;
    }

    /** The row of the band most unlike the background: the line's core, not its blurred rim. */
    private static int strongestRow(Run[] runs, int[] b) {
        int best = middleRow(runs, b);
        for (int r = b[0]; r < b[1]; r++) {
            if (runs[r] != null && runs[r].weight() / runs[r].length() > runs[best].weight() / runs[best].length()) {
                best = r;
            }
        }
        return best;
    }

    private static int middleRow(Run[] runs, int[] b) {
        int mid = (b[0] + b[1]) / 2;
        for (int d = 0; d < b[1] - b[0]; d++) {
            if (mid + d < b[1] && runs[mid + d] != null) {
                return mid + d;
            }
            if (mid - d >= b[0] && runs[mid - d] != null) {
                return mid - d;
            }
        }
        return b[0];
    }

    private static double medianOf(Run[] runs, int[] b, boolean start) {
        double[] v = new double[b[1] - b[0]];
        int n = 0;
        for (int r = b[0]; r < b[1]; r++) {
            if (runs[r] != null) {
                v[n++] = start ? runs[r].start() : runs[r].end();
            }
        }
        v = Arrays.copyOf(v, n);
        Arrays.sort(v);
        return v[n / 2];
    }

    /**
     * Each row's (or column's) longest run of non-background pixels, gaps up to {@code gap}
     * bridged, or null where it is shorter than {@code minLength} or too sparse. Both
     * orientations walk the image row by row, keeping one run per column for vertical lines:
     * a column-by-column walk misses the cache on every pixel of a large image.
     */
    private Run[] longestRuns(RasterImage img, int bg, byte[] hit, boolean horizontal, int gap, int minLength) {
        int w = img.width(), h = img.height();
        int across = horizontal ? h : w;
        int minDistance = config.minColorDistance();
        int[] start = new int[across], last = new int[across], bestStart = new int[across], bestEnd = new int[across];
        Arrays.fill(start, -1);
        Arrays.fill(last, -1);
        Arrays.fill(bestStart, -1);
        Arrays.fill(bestEnd, -1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (hit[y * w + x] == 0) {
                    continue;
                }
                int j = horizontal ? y : x, i = horizontal ? x : y;
                if (start[j] < 0 || i - last[j] - 1 > gap) {
                    if (start[j] >= 0 && last[j] + 1 - start[j] > bestEnd[j] - bestStart[j]) {
                        bestStart[j] = start[j];
                        bestEnd[j] = last[j] + 1;
                    }
                    start[j] = i;
                }
                last[j] = i;
            }
        }
        boolean any = false;
        for (int j = 0; j < across; j++) {
            if (start[j] >= 0 && last[j] + 1 - start[j] > bestEnd[j] - bestStart[j]) {
                bestStart[j] = start[j];
                bestEnd[j] = last[j] + 1;
            }
            any |= bestEnd[j] - bestStart[j] >= minLength;
        }
        Run[] runs = new Run[across];
        if (!any) {
            return runs;
        }
        double[] weight = new double[across], chroma = new double[across];
        long[] red = new long[across], green = new long[across], blue = new long[across];
        int[] hits = new int[across];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int j = horizontal ? y : x, i = horizontal ? x : y;
                if (bestEnd[j] - bestStart[j] < minLength || i < bestStart[j] || i >= bestEnd[j]) {
                    continue;
                }
                int c = img.rgb(x, y);
                int dist = RasterImage.channelDistance(c, bg);
                if (dist >= minDistance) {
                    hits[j]++;
                }
                weight[j] += dist;
                chroma[j] += RasterImage.chroma(c);
                red[j] += RasterImage.red(c);
                green[j] += RasterImage.green(c);
                blue[j] += RasterImage.blue(c);
            }
        }
        for (int j = 0; j < across; j++) {
            int n = bestEnd[j] - bestStart[j];
            if (n < minLength || hits[j] < config.minDensity() * n) {
                continue;
            }
            int color = (int) (red[j] / n) << 16 | (int) (green[j] / n) << 8 | (int) (blue[j] / n);
            runs[j] = new Run(bestStart[j], bestEnd[j], weight[j], chroma[j] / n, color);
        }
        return runs;
    }
}
