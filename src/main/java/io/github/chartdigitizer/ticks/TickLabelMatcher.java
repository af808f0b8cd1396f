package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.TickLabel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * Reads an axis's tick labels that OCR cannot, such as digits 4 to 6 pixels tall in a
 * downscaled chart, by synthesis. The labels of an axis are not free text: they are a
 * sequence in equal steps (0, 25, 50 ...) or in powers of ten (10^1, 10^2 ...), written the way
 * plotting libraries write numbers. Each such sequence that fits the labels' spacing and widths
 * is drawn (see {@link LabelRenderer}) onto each label's box, and the sequence whose drawing
 * matches the ink best wins, if it is clearly better than any sequence of other values.
 */
public final class TickLabelMatcher {
    private final MatchConfig config;

    /**
     * @param minScore  the least mean correlation between drawn and seen labels to accept a
     *                  sequence. 0.72: on the bench's axes, every sequence accepted at 0.7 with
     *                  the margin below was right (172 of 212 evenly spaced axes, labels of
     *                  every size); p0102's 5 px labels score 0.749
     * @param minMargin how far the best sequence must score above the best sequence of other
     *                  values. 0.03: p0102's y exponents, two pixels wide, leave 10^1..10^3 and
     *                  10^4..10^6 within 0.005 of each other
     * @param maxLabelHeight tallest labels (pixels) matched: above it OCR reads them, and a
     *                  synthesis that disagrees with OCR is not to be trusted. 9
     */
    public record MatchConfig(double minScore, double minMargin, int maxLabelHeight) {
        public static final MatchConfig DEFAULTS = new MatchConfig(0.72, 0.03, 9);

        public MatchConfig {
            if (!(minScore > 0 && minScore <= 1) || !(minMargin >= 0) || maxLabelHeight < 1) {
                throw new IllegalArgumentException("bad match config: minScore=" + minScore + ", minMargin=" + minMargin
                        + ", maxLabelHeight=" + maxLabelHeight);
            }
        }
    }

    public TickLabelMatcher(MatchConfig config) {
        this.config = config;
    }

    /** A candidate sequence: each label's text and value. */
    record Hypothesis(String[] texts, double[] values, boolean log) {
        boolean sameValues(Hypothesis o) {
            return log == o.log && Arrays.equals(values, o.values);
        }
    }

    /** The best sequence with its score and the best score of any sequence of other values. */
    /** The best sequence with its score, and the best sequence of other values with its score. */
    record Match(Hypothesis best, double score, Hypothesis second, double runnerUp) {
    }

    /**
     * What matching made of an axis's labels.
     *
     * @param labels the labels with the matched sequence's values, if one matched clearly
     * @param why    when none did and the labels were small enough to try, why not (for the
     *               failure message); "" otherwise
     */
    public record Outcome(Optional<TickReader.AxisLabels> labels, String why) {
        static Outcome none(String why) {
            return new Outcome(Optional.empty(), why);
        }
    }

    /**
     * The labels with the values of the best matching sequence, or why none matches well and
     * clearly. The labels keep their positions; their text becomes the sequence's.
     */
    public Outcome match(RasterImage img, int pageColor, Axis axis, List<TickLabel> labels) {
        List<TickLabel> sorted = new ArrayList<>(labels);
        // In the order values grow: rightwards along x, upwards along y.
        sorted.sort(Comparator.comparingDouble(l -> axis == Axis.X ? l.pixel() : -l.pixel()));
        if (sorted.size() < MIN_LABELS || sorted.stream().anyMatch(l -> !canMatch(l.box()))) {
            return Outcome.none("");
        }
        sorted = joinPieces(sorted, axis);
        if (sorted.size() < MIN_LABELS) {
            return Outcome.none("");
        }
        int[] index = steps(sorted);
        if (index == null) {
            return Outcome.none("the labels are too small to read and not evenly spaced enough to match");
        }
        List<Seen> seen = sorted.stream().map(l -> Seen.of(img, l.box(), pageColor)).toList();
        Optional<Match> found = best(seen, index);
        if (found.isEmpty()) {
            return Outcome.none("the labels are too small to read and no label sequence is as wide as they are");
        }
        Match m = found.get();
        if (m.score() < config.minScore()) {
            return Outcome.none(String.format(Locale.ROOT, "the labels are too small to read and no drawn "
                    + "label sequence matches them (the best, %s, at %.3f)", spelled(m.best()), m.score()));
        }
        if (m.score() - m.runnerUp() < config.minMargin()) {
            return Outcome.none(String.format(Locale.ROOT, "the labels are too small to read, and drawn as %s "
                    + "and as %s they match alike (%.3f and %.3f)", spelled(m.best()), spelled(m.second()), m.score(),
                    m.runnerUp()));
        }
        Hypothesis h = m.best();
        List<TickLabel> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TickLabel l = sorted.get(i);
            out.add(new TickLabel(axis, l.pixel(), h.texts()[i], h.values()[i], List.of(), l.box(), l.snapped(),
                    TickLabel.Status.PENDING));
        }
        return new Outcome(Optional.of(new TickReader.AxisLabels(out, h.log(), 0)), "");
    }

    private static String spelled(Hypothesis h) {
        return "\"" + String.join(", ", h.texts()) + "\"";
    }

    /** Whether a label is small enough to match (larger ones are OCR's to read). */
    public boolean canMatch(PixelBox box) {
        return box.height() <= config.maxLabelHeight();
    }


    /**
     * How well the label's ink matches the best of these texts: the mean-free correlation of
     * the drawn text with the ink (see {@link #best}), 0 for no text.
     */
    public double similarity(RasterImage img, int pageColor, PixelBox box, List<String> texts) {
        Seen seen = Seen.of(img, box, pageColor);
        double best = 0;
        for (String text : texts) {
            best = Math.max(best, seen.match(text, SPREADS));
        }
        return best;
    }

    /** The least {@link #similarity} at which a drawn text is taken to be what the ink says. */
    public double minScore() {
        return config.minScore();
    }

    /**
     * The labels with pieces of one label joined: two neighbours closer than half the usual
     * spacing are one label that was cut in two (at a gap between its digits, or at a stray
     * tick mark under it), and are matched as one, at the position of the piece nearer the
     * middle of both.
     */
    static List<TickLabel> joinPieces(List<TickLabel> sorted, Axis axis) {
        if (sorted.size() < 3) {
            return sorted;
        }
        double usual = usualGap(sorted);
        List<TickLabel> out = new ArrayList<>();
        for (TickLabel l : sorted) {
            TickLabel last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(l.pixel() - last.pixel()) < PIECE_GAP * usual) {
                PixelBox box = last.box().union(l.box());
                double middle = axis == Axis.X ? box.centerX() : box.centerY();
                TickLabel at = Math.abs(last.pixel() - middle) <= Math.abs(l.pixel() - middle) ? last : l;
                out.set(out.size() - 1, new TickLabel(axis, at.pixel(), last.text() + l.text(), Double.NaN, List.of(), box,
                        at.snapped(), TickLabel.Status.PENDING));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** The median distance between neighbouring labels (in the order values grow). */
    private static double usualGap(List<TickLabel> sorted) {
        double[] gaps = new double[sorted.size() - 1];
        for (int i = 1; i < sorted.size(); i++) {
            gaps[i - 1] = Math.abs(sorted.get(i).pixel() - sorted.get(i - 1).pixel());
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /** Neighbouring labels closer than this share of the usual spacing are pieces of one. */
    private static final double PIECE_GAP = 0.5;

    /** Fewest labels a sequence is matched to: two labels fit any step. */
    private static final int MIN_LABELS = 3;
    /** How far (in steps) a label may sit from a whole number of steps from the first. */
    private static final double OFF_STEP = 0.1;

    /** Each label's number of steps from the first, or null when the spacing is not regular. */
    static int[] steps(List<TickLabel> sorted) {
        int n = sorted.size();
        double[] along = new double[n];
        for (int i = 0; i < n; i++) {
            along[i] = Math.abs(sorted.get(i).pixel() - sorted.get(0).pixel());
        }
        double step = usualGap(sorted);
        if (!(step > 2)) {
            return null;
        }
        int[] index = new int[n];
        // The step refined over all labels (least squares through the first), then each
        // label's count of steps checked against it.
        for (int pass = 0; pass < 2; pass++) {
            double num = 0, den = 0;
            for (int i = 1; i < n; i++) {
                index[i] = (int) Math.round(along[i] / step);
                num += along[i] * index[i];
                den += (double) index[i] * index[i];
            }
            if (den == 0) {
                return null;
            }
            step = num / den;
        }
        for (int i = 1; i < n; i++) {
            double s = along[i] / step;
            if (index[i] <= index[i - 1] || Math.abs(s - index[i]) > OFF_STEP) {
                return null;
            }
        }
        return index;
    }

    /** A label's ink as seen: darkness 0..1 on its box grown by a pixel. */
    record Seen(int w, int h, double[] ink) {
        static Seen of(RasterImage img, PixelBox box, int pageColor) {
            PixelBox b = box.grow(1, 1).clampedTo(new PixelBox(0, 0, img.width(), img.height()));
            int w = b.width(), h = b.height();
            double strongest = 1;
            for (int y = b.top(); y < b.bottom(); y++) {
                for (int x = b.left(); x < b.right(); x++) {
                    strongest = Math.max(strongest, RasterImage.inkContrast(img.rgb(x, y), pageColor));
                }
            }
            double[] ink = new double[w * h];
            for (int y = b.top(); y < b.bottom(); y++) {
                for (int x = b.left(); x < b.right(); x++) {
                    double v = RasterImage.inkContrast(img.rgb(x, y), pageColor) / strongest;
                    ink[(y - b.top()) * w + (x - b.left())] = Math.max(0, Math.min(1, v));
                }
            }
            return new Seen(w, h, ink);
        }

        /**
         * How well the text, drawn with the ink box's bounds moved by each of {@code spreads},
         * matches the ink at best: the correlation of drawn and seen ink (-1 with no spreads).
         */
        double match(String text, double[] spreads) {
            double best = -1;
            for (double e : spreads) {
                best = Math.max(best, correlation(LabelRenderer.coverage(text, w, h, 1 - e, 1 - e, w - 1 + e, h - 1 + e), ink));
            }
            return best;
        }

        /** The ink box's width and height inside the grown grid. */
        int inkWidth() {
            return w - 2;
        }

        int inkHeight() {
            return h - 2;
        }
    }

    /** A candidate sequence with its score. */
    private record Scored(Hypothesis hypothesis, double score) {
    }

    /**
     * The best sequence for these labels. Sequences share most of their labels' texts, so each
     * label is drawn once per text. A first pass draws each text onto the seen ink box as it
     * is; the best {@link #RESCORED} are drawn again with the box's bounds moved a little in
     * and out (the box is thresholded, and blur spreads ink), which costs three drawings a text.
     */
    Optional<Match> best(List<Seen> seen, int[] index) {
        List<Scored> first = firstPass(seen, byWidthFit(cachedHypotheses(index), seen));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Double>> memo = memos(seen.size());
        List<Scored> rescored = first.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(RESCORED)
                .map(f -> new Scored(f.hypothesis(), score(f.hypothesis(), seen, memo, SPREADS,
                        Double.NEGATIVE_INFINITY)))
                .toList();
        Scored best = rescored.stream().max(Comparator.comparingDouble(Scored::score)).orElseThrow();
        Optional<Scored> second = rescored.stream().filter(r -> !r.hypothesis().sameValues(best.hypothesis()))
                .max(Comparator.comparingDouble(Scored::score));
        return Optional.of(new Match(best.hypothesis(), best.score(), second.map(Scored::hypothesis).orElse(best.hypothesis()),
                second.map(Scored::score).orElse(-1.0)));
    }

    /** The sequences whose widths fit the labels, those that fit best first. */
    private static List<Hypothesis> byWidthFit(List<Hypothesis> hypotheses, List<Seen> seen) {
        List<Scored> fitting = new ArrayList<>();
        // Sequences share most texts: each text is measured once.
        Map<String, Double> aspects = new HashMap<>();
        for (Hypothesis h : hypotheses) {
            double misfit = widthMisfit(h, seen, aspects);
            if (misfit < Double.POSITIVE_INFINITY) {
                fitting.add(new Scored(h, misfit));
            }
        }
        fitting.sort(Comparator.comparingDouble(Scored::score));
        return fitting.stream().map(Scored::hypothesis).toList();
    }

    /**
     * Each sequence scored with its texts drawn on the ink boxes as they are, except those that
     * cannot reach the best {@link #RESCORED} so far, dropped as soon as their labels show it
     * (tried in order of width fit, the likely ones set that bar early).
     */
    private static List<Scored> firstPass(List<Seen> seen, List<Hypothesis> ordered) {
        List<Map<String, Double>> memo = memos(seen.size());
        PriorityQueue<Double> top = new PriorityQueue<>();
        List<Scored> out = new ArrayList<>();
        for (Hypothesis h : ordered) {
            double floor = top.size() < RESCORED ? Double.NEGATIVE_INFINITY : top.peek();
            double q = score(h, seen, memo, QUICK_SPREADS, floor);
            if (Double.isNaN(q)) {
                continue;
            }
            out.add(new Scored(h, q));
            top.add(q);
            if (top.size() > RESCORED) {
                top.poll();
            }
        }
        return out;
    }

    /** How many of the best sequences of the first pass are scored again with every spread. */
    private static final int RESCORED = 40;

    private static List<Map<String, Double>> memos(int n) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new HashMap<>());
        }
        return out;
    }

    /** How far a drawn label's width may differ from the seen one: a pixel plus this share. */
    private static final double WIDTH_TOLERANCE = 0.2;
    /**
     * How much narrower or wider than DejaVu Sans the chart's font may run: Helvetica's digits
     * are narrower, and tiny text blurred in downscaling loses width to the threshold.
     */
    private static final double MIN_WIDTH_SCALE = 0.6, MAX_WIDTH_SCALE = 1.4;

    /**
     * How far the drawn labels' widths are from the seen ones relative to each other (pixels
     * summed over the labels), infinite when any is too far: the font's width is fitted for
     * the axis (one factor), then each label must agree with it.
     */
    private static double widthMisfit(Hypothesis h, List<Seen> seen, Map<String, Double> aspects) {
        double drawnSum = 0, seenSum = 0;
        double[] drawnW = new double[seen.size()];
        for (int i = 0; i < seen.size(); i++) {
            Seen s = seen.get(i);
            drawnW[i] = aspects.computeIfAbsent(h.texts()[i], LabelRenderer::aspect) * s.inkHeight();
            drawnSum += drawnW[i];
            seenSum += s.inkWidth();
        }
        double scale = seenSum / drawnSum;
        if (scale < MIN_WIDTH_SCALE || scale > MAX_WIDTH_SCALE) {
            return Double.POSITIVE_INFINITY;
        }
        double misfit = 0;
        for (int i = 0; i < seen.size(); i++) {
            double w = seen.get(i).inkWidth(), off = Math.abs(scale * drawnW[i] - w);
            if (off > 1 + WIDTH_TOLERANCE * w) {
                return Double.POSITIVE_INFINITY;
            }
            misfit += off;
        }
        return misfit;
    }

    /** How much wider than the thresholded ink box the drawn ink may reach, each side, in pixels. */
    private static final double[] SPREADS = {-0.5, 0.0, 0.5};
    /** The first pass's: the ink box as it is. */
    private static final double[] QUICK_SPREADS = {0.0};

    /**
     * The mean correlation of the sequence's labels drawn onto the seen ones, each drawn with
     * its bounds moved by each of {@code spreads}, the best kept; NaN as soon as the mean can
     * no longer reach {@code floor} (a correlation is at most 1).
     */
    private static double score(Hypothesis h, List<Seen> seen, List<Map<String, Double>> memo, double[] spreads,
                                double floor) {
        double sum = 0;
        int n = seen.size();
        for (int i = 0; i < n; i++) {
            if ((sum + (n - i)) / n < floor) {
                return Double.NaN;
            }
            Seen s = seen.get(i);
            sum += memo.get(i).computeIfAbsent(h.texts()[i], text -> s.match(text, spreads));
        }
        return sum / seen.size();
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - ma, db = b[i] - mb;
            ab += da * db;
            aa += da * da;
            bb += db * db;
        }
        return aa <= 0 || bb <= 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    /** Mantissas of the steps plotting libraries choose. */
    private static final String[] NICE_STEPS = {"1", "2", "2.5", "5"};
    /** Decades the step may lie in: 10^-4 to 10^6. */
    private static final int MIN_STEP_DECADE = -4, MAX_STEP_DECADE = 6;
    /** The first label is at most this many steps from zero. */
    private static final int MAX_START = 40;
    /** Decades from one label of a powers-of-ten axis to the next. */
    private static final int[] DECADE_STEPS = {1, 2, 3};
    /** Exponents of a powers-of-ten axis. */
    private static final int MIN_EXPONENT = -12, MAX_EXPONENT = 24;
    /** Exponents written out in full ("0.001", "10000") rather than as powers. */
    private static final int MIN_PLAIN_EXPONENT = -4, MAX_PLAIN_EXPONENT = 6;

    /**
     * {@link #hypotheses} for these step counts, remembered: most axes have labels at every
     * step, so a few patterns recur from axis to axis and chart to chart. Read-only once made.
     */
    private static List<Hypothesis> cachedHypotheses(int[] index) {
        String key = Arrays.toString(index);
        List<Hypothesis> known = HYPOTHESES.get(key);
        if (known == null) {
            known = List.copyOf(hypotheses(index));
            if (HYPOTHESES.size() < MAX_PATTERNS) {
                HYPOTHESES.put(key, known);
            }
        }
        return known;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, List<Hypothesis>> HYPOTHESES =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Step patterns remembered (each holds some thousands of sequences). */
    private static final int MAX_PATTERNS = 32;

    /** Every candidate sequence for labels at these step counts, in each way of writing it. */
    static List<Hypothesis> hypotheses(int[] index) {
        List<Hypothesis> out = new ArrayList<>();
        int n = index.length;
        for (int k = MIN_STEP_DECADE; k <= MAX_STEP_DECADE; k++) {
            for (String mantissa : NICE_STEPS) {
                BigDecimal step = new BigDecimal(mantissa).scaleByPowerOfTen(k);
                int decimals = Math.max(0, step.stripTrailingZeros().scale());
                for (int m = -MAX_START; m <= MAX_START; m++) {
                    BigDecimal[] exact = new BigDecimal[n];
                    double[] values = new double[n];
                    boolean negative = m < 0;
                    for (int i = 0; i < n; i++) {
                        exact[i] = step.multiply(BigDecimal.valueOf(m + index[i]));
                        values[i] = exact[i].doubleValue();
                    }
                    for (boolean fixed : new boolean[] {true, false}) {
                        if (!fixed && decimals == 0) {
                            continue;
                        }
                        for (String minus : negative ? new String[] {"\u2212", "-"} : new String[] {"-"}) {
                            String[] texts = new String[n];
                            for (int i = 0; i < n; i++) {
                                texts[i] = linear(exact[i], decimals, fixed).replace("-", minus);
                            }
                            out.add(new Hypothesis(texts, values, false));
                        }
                    }
                }
            }
        }
        for (int de : DECADE_STEPS) {
            for (int e0 = MIN_EXPONENT; e0 + de * index[n - 1] <= MAX_EXPONENT; e0++) {
                double[] values = new double[n];
                int[] exps = new int[n];
                for (int i = 0; i < n; i++) {
                    exps[i] = e0 + de * index[i];
                    values[i] = Double.parseDouble("1e" + exps[i]);
                }
                out.add(new Hypothesis(texts(exps, TickLabelMatcher::power), values, true));
                out.add(new Hypothesis(texts(exps, TickLabelMatcher::eNotation), values, true));
                if (e0 >= MIN_PLAIN_EXPONENT && exps[n - 1] <= MAX_PLAIN_EXPONENT) {
                    out.add(new Hypothesis(texts(exps, e -> new BigDecimal("1e" + e).toPlainString()), values, true));
                }
            }
        }
        return out;
    }

    /** 10^e as matplotlib's mathtext writes it, a negative exponent with U+2212. */
    static String power(int e) {
        return "10^" + (e < 0 ? "\u2212" + -e : Integer.toString(e));
    }

    /** 10^e as gnuplot and R write it: "1e+04", "1e-03". */
    static String eNotation(int e) {
        return String.format(Locale.ROOT, "1e%s%02d", e < 0 ? "-" : "+", Math.abs(e));
    }

    private static String[] texts(int[] exps, IntFunction<String> format) {
        String[] out = new String[exps.length];
        for (int i = 0; i < exps.length; i++) {
            out[i] = format.apply(exps[i]);
        }
        return out;
    }

    /** A value as a library writes it: with the step's decimals, or with no trailing zeros. */
    static String linear(BigDecimal v, int decimals, boolean fixed) {
        if (v.signum() == 0) {
            return fixed ? BigDecimal.ZERO.setScale(decimals).toPlainString() : "0";
        }
        return fixed ? v.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString()
                : v.stripTrailingZeros().toPlainString();
    }
}
