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

    List<RuleLine> detect(RasterImage img, int background, boolean horizontal) {
        int along = horizontal ? img.width() : img.height();
        int across = horizontal ? img.height() : img.width();
        int minLength = (int) Math.ceil(config.minLengthFraction() * along);
        int maxThick = (int) Math.max(MIN_MAX_THICKNESS, Math.round(config.maxLineThickness() * Math.max(img.width(), img.height()) / 1000.0));
        int gap = (int) Math.max(2, Math.round(config.gapTolerance() * along / 1000.0));
        Run[] runs = new Run[across];
        for (int j = 0; j < across; j++) {
            Run r = longestRun(img, background, horizontal, j, along, gap);
            runs[j] = r != null && r.length() >= minLength ? r : null;
        }
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

    private Run longestRun(RasterImage img, int bg, boolean horizontal, int j, int along, int gap) {
        int bestStart = -1, bestEnd = -1;
        int start = -1, lastHit = -1;
        for (int i = 0; i <= along; i++) {
            boolean hit = false;
            if (i < along) {
                int c = horizontal ? img.rgb(i, j) : img.rgb(j, i);
                hit = RasterImage.channelDistance(c, bg) >= config.minColorDistance();
            }
            if (hit) {
                if (start < 0 || i - lastHit - 1 > gap) {
                    if (start >= 0 && lastHit + 1 - start > bestEnd - bestStart) {
                        bestStart = start;
                        bestEnd = lastHit + 1;
                    }
                    start = i;
                }
                lastHit = i;
            }
        }
        if (start >= 0 && lastHit + 1 - start > bestEnd - bestStart) {
            bestStart = start;
            bestEnd = lastHit + 1;
        }
        if (bestStart < 0) {
            return null;
        }
        double weight = 0, chroma = 0;
        long r = 0, g = 0, b = 0;
        int hits = 0;
        for (int i = bestStart; i < bestEnd; i++) {
            int c = horizontal ? img.rgb(i, j) : img.rgb(j, i);
            int dist = RasterImage.channelDistance(c, bg);
            if (dist >= config.minColorDistance()) {
                hits++;
            }
            weight += dist;
            chroma += RasterImage.chroma(c);
            r += RasterImage.red(c);
            g += RasterImage.green(c);
            b += RasterImage.blue(c);
        }
        int n = bestEnd - bestStart;
        if (hits < config.minDensity() * n) {
            return null;
        }
        int color = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        return new Run(bestStart, bestEnd, weight, chroma / n, color);
    }
}
