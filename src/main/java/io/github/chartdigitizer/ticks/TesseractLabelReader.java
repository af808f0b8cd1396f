package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.ocr.SegMode;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.TextGroup;
import io.github.chartdigitizer.text.TextReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tick labels with Tesseract. A raised, smaller group of glyphs after the last glyph that
 * sits on the baseline is an exponent (matplotlib's 10 with a superscript, gnuplot's and
 * ggplot2's plotmath 10^4): Tesseract reads "10" plus a superscript 4 as "104" or "10*", so the
 * base and the exponent are read separately and joined with {@code ^}.
 */
public final class TesseractLabelReader implements TickLabelReader {
    /** A glyph sits on the baseline when its bottom is within this share of the text height. */
    private static final double ON_BASELINE = 0.15;
    /** A glyph is raised when its bottom is above the baseline by more than this share. */
    private static final double RAISED = 0.25;

    private final TextReader reader;

    public TesseractLabelReader(TextReader reader) {
        this.reader = reader;
    }

    @Override
    public String read(RasterImage img, TextGroup label, int pageColor) {
        List<List<Glyph>> parts = splitExponent(label);
        String base = withMinus(readPart(img, parts.get(0), pageColor), parts.get(0), img, pageColor);
        if (parts.size() == 1) {
            base = withInnerMinus(base, parts.get(0), img, pageColor);
            if (LabelParser.parse(base).isEmpty()) {
                // Tiny or blurred labels: a binarized second reading, kept only if it parses.
                String again = withInnerMinus(withMinus(clean(reader.read(img, parts.get(0), pageColor,
                        TextReader.Direction.HORIZONTAL, SegMode.LINE, "", true).text()), parts.get(0), img, pageColor),
                        parts.get(0), img, pageColor);
                if (LabelParser.parse(again).isPresent()) {
                    return again;
                }
            }
            return base;
        }
        String exp = withMinus(readPart(img, parts.get(1), pageColor), parts.get(1), img, pageColor);
        // The exponent's minus may touch the base's last digit and be read with the base.
        if ((base.endsWith("-") || base.endsWith("\u2212")) && !exp.startsWith("-")) {
            base = base.substring(0, base.length() - 1);
            exp = "-" + exp;
        }
        return base + "^" + exp;
    }

    /**
     * A rotated label is read turned level. Its raised exponent is told apart as on a level
     * label, from each character's ink measured along and across the text's direction, and
     * read separately; the minus sign is left to OCR.
     */
    @Override
    public String readRotated(RasterImage img, TextGroup label, int pageColor, double degrees) {
        List<List<Glyph>> parts = splitTurnedExponent(img, label, pageColor, degrees);
        String base = readTurned(img, parts.get(0), pageColor, degrees);
        if (parts.size() == 1) {
            return base;
        }
        return turnedBase(base) + "^" + turnedExponent(readTurned(img, parts.get(1), pageColor, degrees));
    }

    /**
     * A turned label's box takes in a corner of the character beside it, which OCR reads as a
     * stray mark: "10°" or "lo-" for the base 10.
     */
    static String turnedBase(String base) {
        return TickReader.asDigits(base).matches("10[^0-9A-Za-z]{0,2}") ? "10" : base;
    }

    /** ... and "‘2" or "«l" for the exponent 2 or 1: the trailing number is the exponent. */
    static String turnedExponent(String exp) {
        java.util.regex.Matcher m = TRAILING_NUMBER.matcher(TickReader.asDigits(exp));
        return m.find() ? m.group() : exp;
    }

    private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("[-\u2212]?\\d+$");

    private String readTurned(RasterImage img, List<Glyph> glyphs, int pageColor, double degrees) {
        String t = clean(reader.readRotated(img, glyphs, pageColor, degrees, SegMode.LINE, false).text());
        if (LabelParser.parse(t).isEmpty()) {
            String again = clean(reader.readRotated(img, glyphs, pageColor, degrees, SegMode.LINE, true).text());
            if (LabelParser.parse(again).isPresent()) {
                return again;
            }
        }
        return t;
    }

    /**
     * The label's characters as they would stand were the text level: each glyph's box spans
     * its ink along (x) and across (y, downwards) the text's direction, about the label's
     * corner. The same order as {@code label.glyphs()}.
     */
    static List<Glyph> levelled(RasterImage img, TextGroup label, int pageColor, double degrees) {
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        double ox = label.box().left(), oy = label.box().top();
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : label.glyphs()) {
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            for (int y = g.box().top(); y < g.box().bottom(); y++) {
                for (int x = g.box().left(); x < g.box().right(); x++) {
                    if (RasterImage.inkContrast(img.rgb(x, y), pageColor) > INK_CONTRAST) {
                        // Turned clockwise by the text's angle: its direction becomes +x.
                        double dx = x + 0.5 - ox, dy = y + 0.5 - oy;
                        double lx = dx * cos - dy * sin, ly = dx * sin + dy * cos;
                        x0 = Math.min(x0, lx);
                        x1 = Math.max(x1, lx);
                        y0 = Math.min(y0, ly);
                        y1 = Math.max(y1, ly);
                    }
                }
            }
            if (x0 > x1) {
                x0 = x1 = y0 = y1 = 0;
            }
            int shift = LEVEL_ORIGIN;
            out.add(new Glyph(new io.github.chartdigitizer.model.PixelBox((int) Math.floor(x0) + shift,
                    (int) Math.floor(y0) + shift, (int) Math.ceil(x1) + shift + 1, (int) Math.ceil(y1) + shift + 1), g.pixels()));
        }
        return out;
    }

    /** Offset keeping levelled boxes at positive coordinates (a label is far smaller). */
    private static final int LEVEL_ORIGIN = 100_000;

    /** {@link #splitExponent} of a turned label, on its levelled glyphs, as the original glyphs. */
    private static List<List<Glyph>> splitTurnedExponent(RasterImage img, TextGroup label, int pageColor, double degrees) {
        List<Glyph> turned = levelled(img, label, pageColor, degrees);
        java.util.Map<Glyph, Glyph> original = new java.util.IdentityHashMap<>();
        for (int i = 0; i < turned.size(); i++) {
            original.put(turned.get(i), label.glyphs().get(i));
        }
        List<List<Glyph>> out = new ArrayList<>();
        for (List<Glyph> part : splitExponent(TextGroup.of(turned))) {
            out.add(part.stream().map(original::get).toList());
        }
        return out;
    }

    /**
     * Reads without a character whitelist: with one, Tesseract's LSTM often returns nothing for
     * short labels (a lone "0" among them), and whitelisted retries of unparseable text turn
     * "10°" into a confident but wrong "107" (measured on the bench: 71 vs 75 of 120 charts).
     * The free reading's letter confusions are undone by the parser and the axis fit. Empty
     * text is read again as a single word or, for one glyph, a single character.
     */
    private String readPart(RasterImage img, List<Glyph> glyphs, int pageColor) {
        String t = clean(reader.read(img, glyphs, pageColor, TextReader.Direction.HORIZONTAL, SegMode.LINE, "").text());
        if (t.isEmpty()) {
            SegMode retry = glyphs.size() == 1 ? SegMode.CHAR : SegMode.WORD;
            t = clean(reader.read(img, glyphs, pageColor, TextReader.Direction.HORIZONTAL, retry, "").text());
        }
        return t;
    }

    /**
     * A leading minus is a short flat bar at mid-height, which Tesseract often drops or reads
     * as another mark ("−4" as "4", "~4"). It is found in the ink itself, column by column from
     * the left, since it may touch the digit after it: a run of columns whose ink is a thin band
     * at mid-height, at least a third of the text height long. Then whatever was read before the
     * first digit is replaced by "-".
     */
    static String withMinus(String text, List<Glyph> glyphs, RasterImage img, int pageColor) {
        int left = glyphs.stream().mapToInt(g -> g.box().left()).min().orElse(0);
        int right = glyphs.stream().mapToInt(g -> g.box().right()).max().orElse(0);
        int top = glyphs.stream().mapToInt(g -> g.box().top()).min().orElse(0);
        int bottom = glyphs.stream().mapToInt(g -> g.box().bottom()).max().orElse(0);
        int h = bottom - top;
        if (h < 4) {
            return text;
        }
        // Ink stands out from the page by INK_CONTRAST: darker on a light page, lighter on a dark one.
        int barTop = -1, barBottom = -1, run = 0;
        for (int x = left; x < right; x++) {
            int t = -1, b = -1;
            for (int y = top; y < bottom; y++) {
                if (RasterImage.inkContrast(img.rgb(x, y), pageColor) > INK_CONTRAST) {
                    if (t < 0) {
                        t = y;
                    }
                    b = y;
                }
            }
            if (t < 0) {
                if (run == 0) {
                    continue; // blank columns before the first ink
                }
                break;
            }
            boolean thin = b - t + 1 <= Math.max(2, MINUS_MAX_HEIGHT * h);
            double mid = (t + b + 1) / 2.0;
            boolean midHeight = mid > top + 0.25 * h && mid < bottom - 0.2 * h;
            boolean sameBand = barTop < 0 || Math.abs(t - barTop) <= 1 && Math.abs(b - barBottom) <= 1;
            if (!thin || !midHeight || !sameBand) {
                break;
            }
            barTop = barTop < 0 ? t : barTop;
            barBottom = barBottom < 0 ? b : barBottom;
            run++;
        }
        if (run < MINUS_MIN_LENGTH * h || text.startsWith("-") || text.startsWith("\u2212")) {
            return text;
        }
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit)) && text.charAt(digit) != '.') {
            digit++;
        }
        return "-" + text.substring(digit);
    }

    /**
     * A minus inside a label (e-notation's "1e-04") is a short flat bar at mid-height with
     * glyphs on both sides. In 5-7 px text Tesseract drops it or runs it into the next digit,
     * and reads a confident but wrong plain number ("1e-02" as "1042", "1e-04" as "1004"). When
     * the ink shows such a bar and the text reads as a plain number, the minus is put back where
     * the bar stands along the label: the text shows what was missed, and no longer parses.
     */
    static String withInnerMinus(String text, List<Glyph> glyphs, RasterImage img, int pageColor) {
        var parsed = LabelParser.parse(text);
        if (parsed.isEmpty() || parsed.get().form() != LabelParser.Form.PLAIN || text.length() < 2) {
            return text;
        }
        int left = glyphs.stream().mapToInt(g -> g.box().left()).min().orElse(0);
        int right = glyphs.stream().mapToInt(g -> g.box().right()).max().orElse(0);
        int top = glyphs.stream().mapToInt(g -> g.box().top()).min().orElse(0);
        int bottom = glyphs.stream().mapToInt(g -> g.box().bottom()).max().orElse(0);
        int h = bottom - top;
        if (h < 4 || right - left < 3) {
            return text;
        }
        // Each column: blank, a thin band at mid-height (a bar), or a glyph's ink. A minus is a
        // bar standing apart from the glyph before it (a 4's crossbar and a 1's flag touch their stem).
        boolean glyphBefore = false, gapAfterGlyph = false;
        int barStart = -1, barEnd = -1, barTop = -1, barBottom = -1;
        for (int x = left; x < right; x++) {
            int t = -1, b = -1;
            for (int y = top; y < bottom; y++) {
                if (RasterImage.inkContrast(img.rgb(x, y), pageColor) > INK_CONTRAST) {
                    t = t < 0 ? y : t;
                    b = y;
                }
            }
            double mid = (t + b + 1) / 2.0;
            boolean blank = t < 0;
            boolean bar = !blank && b - t + 1 <= Math.max(2, MINUS_MAX_HEIGHT * h)
                    && mid > top + 0.25 * h && mid < bottom - 0.2 * h;
            if (barStart >= 0) {
                boolean sameBand = Math.abs(t - barTop) <= 1 && Math.abs(b - barBottom) <= 1;
                if (bar && sameBand && barEnd < 0) {
                    continue;
                }
                if (blank) {
                    barEnd = barEnd < 0 ? x : barEnd;
                    continue;
                }
                int length = (barEnd < 0 ? x : barEnd) - barStart;
                if (!bar && length >= MINUS_MIN_LENGTH * h) {
                    // A bar between two glyphs: the minus goes back in proportion along the text.
                    int at = (int) Math.round((barStart - left) / (double) (right - left) * text.length());
                    at = Math.max(1, Math.min(text.length() - 1, at));
                    return text.substring(0, at) + "-" + text.substring(at);
                }
                barStart = -1;
                barEnd = -1;
            }
            if (blank) {
                gapAfterGlyph = glyphBefore;
            } else if (bar && gapAfterGlyph) {
                barStart = x;
                barTop = t;
                barBottom = b;
            } else {
                glyphBefore = true;
                gapAfterGlyph = false;
            }
        }
        return text;
    }

    /** Luma below the page that counts as ink (as {@link io.github.chartdigitizer.text.InkConfig}). */
    private static final int INK_CONTRAST = 40;
    /** A minus bar is at least this share of the text height long. */
    private static final double MINUS_MIN_LENGTH = 0.3;
    /** A minus bar is at most this share of the text height tall. */
    private static final double MINUS_MAX_HEIGHT = 0.2;

    /** Spaces carry no meaning inside a tick label. */
    private static String clean(String t) {
        return t.replace(" ", "");
    }

    /** [base] or [base, exponent]. */
    static List<List<Glyph>> splitExponent(TextGroup label) {
        List<Glyph> gs = label.glyphs();
        int h = gs.stream().mapToInt(g -> g.box().height()).max().orElse(0);
        int baseline = gs.stream().mapToInt(g -> g.box().bottom()).max().orElse(0);
        int lastOnBase = -1;
        for (int i = 0; i < gs.size(); i++) {
            Glyph g = gs.get(i);
            if (g.box().bottom() >= baseline - ON_BASELINE * h && g.box().height() >= 0.5 * h) {
                lastOnBase = i;
            }
        }
        if (lastOnBase < 0) {
            return List.of(gs);
        }
        // Small superscripts may kern into the last base digit by a pixel or two.
        double limit = gs.get(lastOnBase).box().centerX();
        List<Glyph> base = new ArrayList<>();
        List<Glyph> exp = new ArrayList<>();
        for (Glyph g : gs) {
            if (g.box().left() >= limit && g.box().bottom() < baseline - RAISED * h) {
                exp.add(g);
            } else {
                base.add(g);
            }
        }
        return exp.isEmpty() || base.isEmpty() ? List.of(gs) : List.of(base, exp);
    }
}
