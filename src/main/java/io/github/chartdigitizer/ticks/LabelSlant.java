package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.TextGroup;
import java.util.Arrays;
import java.util.List;

/**
 * The slant of tick labels that a plotting library rotated (matplotlib's
 * {@code labelrotation}, gnuplot's {@code set xtics rotate by}, ggplot2's
 * {@code element_text(angle)}), from the second moments of each label's ink: a run of
 * characters is a long thin band along the text.
 *
 * @param degrees    direction of the text, anticlockwise from level (90: reading upwards)
 * @param elongation how many times longer than thick the ink is (about 3 for two characters)
 * @param centerX    the ink's centre, across the axis
 * @param endX       where the text's far end (its upper right, for anticlockwise text) is
 * @param thickness  the text's height, across its direction
 */
record LabelSlant(double degrees, double elongation, double centerX, double endX, double thickness) {
    /** Characters at least this share of the largest one's size; smaller ones are exponents. */
    private static final double FULL_SIZE = 0.7;
    /** Least contrast from the page of a pixel counted as ink. */
    private static final int INK = 40;
    /** Least elongation of a label whose direction counts: about two characters or more. */
    static final double LONG_ENOUGH = 1.8;
    /** Smallest slant, in degrees, taken as rotated: superscripts tilt level labels by less. */
    static final double MIN_SLANT = 20;

    static LabelSlant of(RasterImage img, TextGroup label, int pageColor) {
        // Full-size characters only: a raised exponent at the end tilts the spread upwards.
        int largest = label.glyphs().stream().mapToInt(g -> Math.max(g.box().width(), g.box().height())).max().orElse(0);
        List<Glyph> full = label.glyphs().stream()
                .filter(g -> Math.max(g.box().width(), g.box().height()) >= FULL_SIZE * largest).toList();
        double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (Glyph g : full) {
            for (int y = g.box().top(); y < g.box().bottom(); y++) {
                for (int x = g.box().left(); x < g.box().right(); x++) {
                    if (RasterImage.inkContrast(img.rgb(x, y), pageColor) >= INK) {
                        n++;
                        sx += x + 0.5;
                        sy += y + 0.5;
                        sxx += (x + 0.5) * (x + 0.5);
                        syy += (y + 0.5) * (y + 0.5);
                        sxy += (x + 0.5) * (y + 0.5);
                    }
                }
            }
        }
        if (n < 2) {
            return new LabelSlant(0, 1, label.box().centerX(), label.box().centerX(), label.box().height());
        }
        double cx = sx / n, cy = sy / n;
        double m20 = sxx / n - cx * cx, m02 = syy / n - cy * cy, m11 = sxy / n - cx * cy;
        // Major axis from +x towards +y (down); text rising to the right has it negative.
        double phi = 0.5 * Math.atan2(2 * m11, m20 - m02);
        double degrees = -Math.toDegrees(phi);
        if (degrees <= -45 && m02 > m20) {
            degrees += 180; // vertical text: read upwards
        }
        double half = Math.sqrt(Math.pow((m20 - m02) / 2, 2) + m11 * m11);
        double major = (m20 + m02) / 2 + half, minor = Math.max(1e-6, (m20 + m02) / 2 - half);
        double a = Math.toRadians(degrees), dx = Math.cos(a), dy = -Math.sin(a);
        double far = Double.NEGATIVE_INFINITY;
        for (Glyph g : label.glyphs()) {
            for (int y = g.box().top(); y < g.box().bottom(); y++) {
                for (int x = g.box().left(); x < g.box().right(); x++) {
                    if (RasterImage.inkContrast(img.rgb(x, y), pageColor) >= INK) {
                        far = Math.max(far, (x + 0.5 - cx) * dx + (y + 0.5 - cy) * dy);
                    }
                }
            }
        }
        // A band of thickness t has variance t^2 / 12 across it.
        return new LabelSlant(degrees, major / minor, cx, cx + far * dx, Math.sqrt(12 * minor));
    }

    /**
     * The axis' label direction: the median over labels long enough to show one, when the
     * labels stand clearly taller than level text of the same font ({@code levelHeight}, from
     * the y labels) and the median is at least {@link #MIN_SLANT} (a median just past a right
     * angle, up to {@link #MAX_POWER_SLANT}, is a right angle); else 0 (level). Level
     * labels are a text height tall, a raised exponent adding under half of one; a turned
     * label of two characters or more is half again as tall at 30 degrees.
     */
    static double axisDegrees(List<TextGroup> labels, List<LabelSlant> slants, int levelHeight) {
        if (levelHeight <= 0 || labels.isEmpty()) {
            return 0;
        }
        int[] heights = labels.stream().mapToInt(g -> g.box().height()).sorted().toArray();
        if (heights[heights.length / 2] < TALLER * levelHeight) {
            return 0;
        }
        double[] d = slants.stream().filter(s -> s.elongation() >= LONG_ENOUGH).mapToDouble(LabelSlant::degrees).toArray();
        if (d.length == 0) {
            return 0;
        }
        Arrays.sort(d);
        double median = d[d.length / 2];
        // The labels of one axis share one angle: directions all over the place (short labels,
        // minus signs) are no measure of it.
        double[] dev = Arrays.stream(d).map(v -> Math.abs(v - median)).sorted().toArray();
        if (dev[dev.length / 2] > MAX_SPREAD) {
            return 0;
        }
        // Libraries turn labels by up to a right angle either way. An upright "10^3" whose
        // exponent is nearly full size (9 px to the digits' 12, so counted in the ink) leans
        // back by up to 20 degrees past it: it stands at a right angle.
        if (Math.abs(median) > MAX_SLANT && Math.abs(median) <= MAX_POWER_SLANT) {
            return Math.copySign(90, median);
        }
        return Math.abs(median) >= MIN_SLANT && Math.abs(median) <= MAX_SLANT ? median : 0;
    }

    /** Largest slant of upright labels leaned back by a raised exponent, in degrees. */
    static final double MAX_POWER_SLANT = 90 + 20;

    /** Largest slant taken, in degrees: upright text, give or take the spread. */
    static final double MAX_SLANT = 90 + 10;

    /** Median deviation, in degrees, of the labels' directions from their median at most. */
    static final double MAX_SPREAD = 10;

    /** How many level text heights tall turned labels stand at the least. */
    static final double TALLER = 1.4;
}
