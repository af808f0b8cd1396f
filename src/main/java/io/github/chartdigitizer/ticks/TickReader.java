package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.Alternative;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.text.TextGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns located label groups into positioned, read and parsed tick labels. */
public final class TickReader {
    private final TickMarkFinder marks;
    private final TickLabelReader reader;
    private final TickLabelMatcher matcher;

    public TickReader(TickMarkFinder marks, TickLabelReader reader) {
        this(marks, reader, new TickLabelMatcher(TickLabelMatcher.MatchConfig.DEFAULTS));
    }

    /** @param matcher reads an axis's labels that are too small for OCR, see {@link #match} */
    public TickReader(TickMarkFinder marks, TickLabelReader reader, TickLabelMatcher matcher) {
        this.marks = marks;
        this.reader = reader;
        this.matcher = matcher;
    }

    /**
     * The labels of one axis, and whether they are written as powers of ten.
     *
     * @param slant degrees anticlockwise the labels were turned by the library and read turned
     *              level (0: level)
     */
    public record AxisLabels(List<TickLabel> labels, boolean powersOfTen, double slant) {
        public AxisLabels {
            labels = List.copyOf(labels);
        }
    }

    /** "10" then one or two digits, maybe signed: a power of ten whose exponent OCR did not see raised. */
    private static final Pattern MERGED_POWER = Pattern.compile("10([-\u2212]?\\d{1,2})");
    /** "10" then junk or nothing: a power of ten whose exponent was unreadable ("10?", "10°", "10^"). */
    private static final Pattern UNREAD_POWER = Pattern.compile("10(\\^?[^0-9]{0,3}|\\^.*)");
    /**
     * "10" and then only marks OCR makes of a small raised exponent ("10”", "10'", "10*"): a
     * power of ten whose exponent is there but unread, not the number 10.
     */
    private static final Pattern MARKED_POWER = Pattern.compile("10[\"'`\u00b4\u2018\u2019\u201c\u201d*]{1,3}");
    /** A label's reading parsed, except a power of ten whose exponent OCR turned into marks. */
    static java.util.Optional<LabelParser.ParsedLabel> parse(String text) {
        return MARKED_POWER.matcher(text).matches() ? java.util.Optional.empty() : LabelParser.parse(text);
    }

    /** Exponents tried for an unreadable power of ten; the fit settles which. */
    private static final int MAX_EXPONENT = 30;

    /**
     * Other values OCR text may stand for, most plausible first: a merged exponent ("104" as
     * 10^4), common letter-for-digit confusions ("le+18" as 1e+18, "O" as 0, "10°" as 10^0), a decimal comma
     * ("0,008"), and for "10" with an unreadable exponent every power of ten (the axis fit,
     * anchored by the labels that were read, picks the one in sequence).
     */
    static List<Alternative> alternatives(String text, double primary) {
        List<Alternative> out = new ArrayList<>();
        Matcher m = MERGED_POWER.matcher(text);
        if (m.matches()) {
            out.add(new Alternative(Math.pow(10, Integer.parseInt(m.group(1).replace('\u2212', '-'))), Alternative.OCR));
        }
        // A raised 0 merged into the base reads as a degree sign: "10°" is 10^0, "6x10°" 6×10^0.
        String swapped = asDigits(text).replace("\u00b0", "^0");
        if (!MARKED_POWER.matcher(text).matches()) {
            addParsed(out, swapped, primary);
        }
        if (text.matches("\\d+,\\d+")) {
            addParsed(out, text.replace(',', '.'), primary);
        }
        // No library writes a number with a leading zero before more digits: "09" is "0.9"
        // with its decimal point lost (p0044 at half size).
        if (text.matches("[-\u2212]?0\\d+")) {
            addParsed(out, text.replaceFirst("0", "0."), primary);
        }
        if (Double.isNaN(primary) && UNREAD_POWER.matcher(text).matches() || m.matches()) {
            for (int k = -MAX_EXPONENT; k <= MAX_EXPONENT; k++) {
                out.add(new Alternative(Math.pow(10, k), Alternative.GUESS));
            }
        }
        Matcher sci = MANTISSA_POWER.matcher(text);
        if (Double.isNaN(primary) && sci.matches()) {
            // "6x10°" or "x10^0": a mantissa or an exponent was lost; guess the missing part.
            List<Integer> mantissas = sci.group(1).isEmpty() ? List.of(2, 3, 4, 5, 6, 7, 8, 9)
                    : List.of(Integer.parseInt(sci.group(1)));
            String e = sci.group(2).replace('\u2212', '-');
            List<Integer> exps = new ArrayList<>();
            boolean exponentRead = e.matches("\\^?-?\\d{1,2}");
            if (exponentRead) {
                exps.add(Integer.parseInt(e.replace("^", "")));
            } else {
                for (int k = -MAX_EXPONENT; k <= MAX_EXPONENT; k++) {
                    exps.add(k);
                }
            }
            double weight = exponentRead ? Alternative.PARTIAL : Alternative.GUESS;
            for (int mant : mantissas) {
                for (int k : exps) {
                    out.add(new Alternative(mant * Math.pow(10, k), weight));
                }
            }
        }
        return out;
    }

    /** The text with the letters OCR takes for digits read as those digits ("lol" as 101). */
    static String asDigits(String text) {
        return text.replace('l', '1').replace('I', '1').replace('|', '1').replace('O', '0').replace('o', '0');
    }

    /** A mantissa (maybe lost) times 10 and an exponent (maybe unreadable): "6x10°", "x10^0". */
    private static final Pattern MANTISSA_POWER = Pattern.compile("(\\d?)\\s*[x\u00d7*]\\s*10(.{0,4})");

    private static void addParsed(List<Alternative> out, String text, double primary) {
        LabelParser.parse(text).map(LabelParser.ParsedLabel::value)
                .filter(v -> !(v == primary) && out.stream().noneMatch(a -> a.value() == v))
                .ifPresent(v -> out.add(new Alternative(v, Alternative.OCR)));
    }

    /**
     * Whether every label reads as "10" plus consecutive exponents ("101", "102", "103"): an
     * axis of powers of ten whose raised exponents OCR merged into the base. Equally spaced
     * 101, 102, 103 are also an exact linear axis, so the sequence, not the fit, must decide.
     */
    static boolean mergedPowerAxis(List<String> texts) {
        if (texts.size() < 2) {
            return false;
        }
        int[] exps = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Matcher m = MERGED_POWER.matcher(asDigits(texts.get(i)));
            if (!m.matches()) {
                return false;
            }
            exps[i] = Integer.parseInt(m.group(1).replace('\u2212', '-'));
        }
        java.util.Arrays.sort(exps);
        for (int i = 1; i < exps.length; i++) {
            if (exps[i] - exps[i - 1] != exps[1] - exps[0] || exps[1] == exps[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits x labels that ran together ("500000 1000000" set tight): a label spanning two or
     * more major tick marks (each well inside it, not at its edge) is as many labels, and each
     * glyph goes to the nearest of those ticks.
     */
    static List<TextGroup> splitAtTicks(List<TextGroup> groups, List<Double> ticks) {
        List<TextGroup> out = new ArrayList<>();
        for (TextGroup g : groups) {
            double margin = 0.2 * g.typicalHeight();
            List<Double> inside = ticks.stream()
                    .filter(t -> t > g.box().left() + margin && t < g.box().right() - margin).toList();
            if (inside.size() < 2) {
                out.add(g);
                continue;
            }
            java.util.Map<Double, List<io.github.chartdigitizer.text.Glyph>> byTick = new java.util.TreeMap<>();
            for (var glyph : g.glyphs()) {
                double c = glyph.box().centerX();
                double nearest = inside.get(0);
                for (double t : inside) {
                    if (Math.abs(t - c) < Math.abs(nearest - c)) {
                        nearest = t;
                    }
                }
                byTick.computeIfAbsent(nearest, k -> new ArrayList<>()).add(glyph);
            }
            byTick.values().forEach(gs -> out.add(TextGroup.of(gs)));
        }
        return out;
    }

    /** Reads an axis' offset or multiplier text, if there is one that parses as such. */
    public java.util.Optional<AxisOffset> readOffset(RasterImage img, List<io.github.chartdigitizer.text.Glyph> glyphs,
                                                     int pageColor) {
        if (glyphs.isEmpty()) {
            return java.util.Optional.empty();
        }
        return AxisOffset.parse(reader.read(img, TextGroup.of(glyphs), pageColor));
    }

    /**
     * @param offset the axis' offset or multiplier, applied to every label value
     */
    public AxisLabels read(RasterImage img, PlotFrame frame, Axis axis, AxisSide side, List<TextGroup> groups,
                           java.util.Optional<AxisOffset> offset) {
        return read(img, frame, axis, side, groups, offset, 0);
    }

    /**
     * @param levelHeight height of level text in the chart's font (the y labels'), to tell
     *                    rotated x labels, which stand taller; 0 when unknown (read as level)
     */
    public AxisLabels read(RasterImage img, PlotFrame frame, Axis axis, AxisSide side, List<TextGroup> groups,
                           java.util.Optional<AxisOffset> offset, int levelHeight) {
        List<String> texts = new ArrayList<>();
        List<Double> centers = new ArrayList<>();
        List<java.util.OptionalDouble> snaps = new ArrayList<>();
        boolean x = axis == Axis.X;
        List<LabelSlant> slants = x ? groups.stream().map(g -> LabelSlant.of(img, g, frame.pageColor())).toList() : List.of();
        double slant = x ? LabelSlant.axisDegrees(groups, slants, levelHeight) : 0;
        if (slant != 0) {
            readSlanted(img, frame, side, groups, slants, slant, texts, centers, snaps);
        } else {
            if (x && !groups.isEmpty()) {
                groups = splitAtTicks(groups, marks.majorTicks(img, frame, side));
            }
            for (TextGroup g : groups) {
                double center = x ? g.box().centerX() : g.box().centerY();
                double half = Math.max(3, (x ? g.box().width() : g.box().height()) / 2.0);
                centers.add(center);
                snaps.add(marks.find(img, frame, side, center, half));
                texts.add(reader.read(img, g, frame.pageColor()));
            }
        }
        boolean merged = mergedPowerAxis(texts);
        List<TickLabel> out = new ArrayList<>();
        int powers = 0;
        for (int i = 0; i < groups.size(); i++) {
            String text = texts.get(i);
            var parsed = parse(text);
            double value = parsed.map(LabelParser.ParsedLabel::value).orElse(Double.NaN);
            List<Alternative> alts = alternatives(text, value);
            if (merged) {
                // Read as what the sequence says they are: the power first, the plain number after.
                Matcher m = MERGED_POWER.matcher(asDigits(text));
                m.matches();
                alts = Double.isNaN(value) ? List.of() : List.of(new Alternative(value, Alternative.OCR));
                value = Math.pow(10, Integer.parseInt(m.group(1).replace('\u2212', '-')));
            }
            // Written as a power of ten with a one-digit mantissa: "1e+04", "10^3", and the
            // "4×10^0" of matplotlib's labelled minor log ticks. "1.00001×10^6" and "1.5e+06" are
            // the scientific notation of a linear axis's large values.
            if (merged || parsed.isPresent() && (parsed.get().form() == LabelParser.Form.POWER_OF_TEN
                    || parsed.get().form() == LabelParser.Form.E_NOTATION) && oneDigitMantissa(value)) {
                powers++;
            }
            if (offset.isPresent()) {
                AxisOffset o = offset.get();
                value = Double.isNaN(value) ? value : o.apply(value);
                alts = alts.stream().map(a -> new Alternative(o.apply(a.value()), a.weight())).toList();
            }
            var snapped = snaps.get(i);
            out.add(new TickLabel(axis, snapped.orElse(centers.get(i)), text, value, alts, groups.get(i).box(),
                    snapped.isPresent(), TickLabel.Status.PENDING));
        }
        return new AxisLabels(out, powers > 0 && powers * 2 >= groups.size(), slant);
    }

    /**
     * Rotated x labels: each is read turned level, and stands at its tick by its centre
     * (matplotlib turns a label about its centre) or by its far end (gnuplot's "right" and
     * ggplot2's hjust = 1 hang it from its upper end): whichever puts more labels at a tick mark,
     * the centre when as many.
     */
    private void readSlanted(RasterImage img, PlotFrame frame, AxisSide side, List<TextGroup> groups,
                             List<LabelSlant> slants, double degrees, List<String> texts, List<Double> centers,
                             List<java.util.OptionalDouble> snaps) {
        List<java.util.OptionalDouble> atCentre = new ArrayList<>(), atEnd = new ArrayList<>();
        int byCentre = 0, byEnd = 0;
        for (int i = 0; i < groups.size(); i++) {
            LabelSlant s = slants.get(i);
            double tol = Math.max(3, ANCHOR_TOLERANCE * s.thickness());
            atCentre.add(marks.find(img, frame, side, s.centerX(), tol));
            atEnd.add(marks.find(img, frame, side, s.endX(), tol));
            byCentre += atCentre.get(i).isPresent() ? 1 : 0;
            byEnd += atEnd.get(i).isPresent() ? 1 : 0;
            texts.add(reader.readRotated(img, groups.get(i), frame.pageColor(), degrees));
        }
        boolean end = byEnd > byCentre;
        for (int i = 0; i < groups.size(); i++) {
            centers.add(end ? slants.get(i).endX() : slants.get(i).centerX());
            snaps.add(end ? atEnd.get(i) : atCentre.get(i));
        }
    }

    /**
     * The axis's labels read by matching drawn label sequences instead of OCR (see
     * {@link TickLabelMatcher}), with the axis' offset applied; none, with the reason, when no
     * sequence matches clearly or the labels are large enough for OCR.
     *
     * @param read the labels as OCR read them (their positions and boxes are kept)
     */
    public TickLabelMatcher.Outcome match(RasterImage img, PlotFrame frame, Axis axis, AxisLabels read,
                                          java.util.Optional<AxisOffset> offset) {
        if (read.slant() != 0) {
            return TickLabelMatcher.Outcome.none("");
        }
        TickLabelMatcher.Outcome o = matcher.match(img, frame.pageColor(), axis, read.labels());
        return offset.isEmpty() ? o : new TickLabelMatcher.Outcome(o.labels().map(m -> new AxisLabels(m.labels().stream()
                .map(l -> l.withValue(offset.get().apply(l.value()), TickLabel.Status.PENDING)).toList(), m.powersOfTen(),
                m.slant())), o.why());
    }

    /**
     * An axis fitted through only two labels, with the labels OCR could not read given what
     * each scale says they are, where the ink confirms it. Two labels fit a linear and a log
     * scale alike; at an unread label between or beside them, each scale predicts a value. A
     * prediction that is a round number (as tick labels are) is drawn as the libraries write
     * it and compared with the label's ink (see {@link TickLabelMatcher#similarity}); one that
     * matches becomes that label's candidate value ({@link Alternative#PARTIAL}), and the axis
     * can be fitted again with it. p0068's log y labels 3, 5, 7: "7" read as "?", and at its
     * tick the log scale through 3 and 5 predicts 7.00, the linear one 6.43.
     *
     * @param fitted the labels as fitted, exactly two accepted
     * @return the labels with the confirmed candidates added, or empty when none was confirmed
     */
    public java.util.Optional<List<TickLabel>> confirmUnread(RasterImage img, PlotFrame frame, List<TickLabel> fitted) {
        List<TickLabel> used = fitted.stream().filter(l -> l.status() == TickLabel.Status.ACCEPTED).toList();
        if (used.size() != 2) {
            return java.util.Optional.empty();
        }
        TickLabel a = used.get(0), b = used.get(1);
        List<TickLabel> out = new ArrayList<>();
        boolean added = false;
        for (TickLabel l : fitted) {
            List<Alternative> alts = new ArrayList<>(l.alternatives());
            if (l.status() != TickLabel.Status.ACCEPTED) {
                for (ScaleType scale : ScaleType.values()) {
                    if (scale == ScaleType.LOG && !(a.value() > 0 && b.value() > 0)) {
                        continue;
                    }
                    double da = scale.toDisplay(a.value()), db = scale.toDisplay(b.value());
                    double d = da + (db - da) * (l.pixel() - a.pixel()) / (b.pixel() - a.pixel());
                    java.util.OptionalDouble round = roundValue(scale, d, Math.abs(db - da));
                    if (round.isPresent() && matcher.similarity(img, frame.pageColor(), l.box(),
                            writings(round.getAsDouble(), used)) >= matcher.minScore()) {
                        alts.add(new Alternative(round.getAsDouble(), Alternative.PARTIAL));
                        added = true;
                    }
                }
            }
            // A label the fit took at a plain reading keeps it; one it took at an alternative
            // (a guessed exponent) keeps only its alternatives, with their weights.
            boolean plain = l.status() == TickLabel.Status.ACCEPTED && l.weight() == 1.0;
            out.add(new TickLabel(l.axis(), l.pixel(), l.text(), plain ? l.value() : Double.NaN, alts, l.box(), l.snapped(),
                    TickLabel.Status.PENDING));
        }
        return added ? java.util.Optional.of(out) : java.util.Optional.empty();
    }

    /** How near (a share of the two labels' distance, in display units) a prediction must be to a round value. */
    private static final double ROUND_TOLERANCE = 0.01;

    /** The value a predicted display value stands for if it is round: one or two significant digits. */
    static java.util.OptionalDouble roundValue(ScaleType scale, double display, double span) {
        double v = scale.fromDisplay(display);
        if (!Double.isFinite(v) || v == 0 && scale == ScaleType.LOG) {
            return java.util.OptionalDouble.empty();
        }
        if (Math.abs(v) < 1e-12) {
            return java.util.OptionalDouble.of(0);
        }
        double r = new java.math.BigDecimal(v).round(new java.math.MathContext(2)).doubleValue();
        return Math.abs(scale.toDisplay(r) - display) <= ROUND_TOLERANCE * span ? java.util.OptionalDouble.of(r)
                : java.util.OptionalDouble.empty();
    }

    /**
     * The ways a library may write a value: plainly, with as many decimals as the axis's read
     * labels show, as a power of ten when it is one, with either minus sign.
     */
    static List<String> writings(double v, List<TickLabel> read) {
        int decimals = read.stream().mapToInt(l -> {
            int dot = l.text().indexOf('.');
            return dot < 0 || l.text().contains("e") || l.text().contains("^") ? 0 : l.text().length() - dot - 1;
        }).max().orElse(0);
        java.math.BigDecimal exact = new java.math.BigDecimal(Double.toString(v));
        List<String> out = new ArrayList<>();
        out.add(exact.stripTrailingZeros().toPlainString());
        out.add(exact.setScale(Math.max(decimals, Math.max(0, exact.stripTrailingZeros().scale())),
                java.math.RoundingMode.HALF_EVEN).toPlainString());
        double k = Math.log10(Math.abs(v));
        if (v > 0 && Math.abs(k - Math.rint(k)) < 1e-9) {
            int e = (int) Math.rint(k);
            out.add(TickLabelMatcher.power(e));
            out.add(TickLabelMatcher.eNotation(e));
        }
        if (v < 0) {
            out.addAll(out.stream().map(t -> t.replace("-", "\u2212")).toList());
        }
        return out.stream().distinct().toList();
    }

    /** How far from a rotated label's anchor, in text heights, its tick mark may be. */
    private static final double ANCHOR_TOLERANCE = 0.6;

    /** Whether v is d × 10^k for a digit d from 1 to 9. */
    private static boolean oneDigitMantissa(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return false;
        }
        double m = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-12));
        return Math.abs(m - Math.rint(m)) < 1e-6;
    }
}
