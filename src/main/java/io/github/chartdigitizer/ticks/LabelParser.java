package io.github.chartdigitizer.ticks;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Reads the numeric value of one OCR'd axis tick label.
 *
 * <p>The text goes through a small pipeline of normalisation steps, each undoing one thing that
 * plotting libraries or Tesseract do to numbers, and is then matched against one regular expression
 * per {@link Form}. Anything that does not match a form exactly is "not a number": a wrong value
 * would skew the axis calibration, an empty one only costs one tick.
 *
 * <p>The caller has already written superscript exponents with a caret ({@code 10^4}).
 */
public final class LabelParser {

    /** What a tick label says. */
    public record ParsedLabel(double value, Form form) {}

    /** How the number was written. */
    public enum Form {
        /** {@code 25}, {@code -0.5}, {@code 1,000}. */
        PLAIN,
        /** {@code 10^k}, {@code 2×10^3}. */
        POWER_OF_TEN,
        /** {@code 1e+04}. */
        E_NOTATION,
        /** {@code 10k}, {@code 2M}. */
        SUFFIXED,
        /** {@code 50%}; the value is in percentage points (50, not 0.5). */
        PERCENT
    }

    /**
     * Characters read as a minus sign. matplotlib ({@code axes.unicode_minus}) and d3-format write
     * negative ticks with U+2212 MINUS SIGN, and Tesseract often reads a short dash as an en or em
     * dash or a Unicode hyphen.
     */
    private static final String DASHES = "\u2212\u2010\u2011\u2012\u2013\u2014\uFE63\uFF0D";

    /**
     * Characters Tesseract reads from things next to a label that are not part of it: the tick mark
     * or a grid-line stub ({@code | _ ' `}), specks and anti-aliasing ({@code . ,}), and quote marks,
     * straight or curly, made of either.
     */
    private static final String EDGE_NOISE = ".,'`\"_|\u2018\u2019\u201C\u201D";

    /**
     * A run of digits and the letters Tesseract confuses with them when it has no digit whitelist
     * ({@code O o} for 0, {@code I l i |} for 1), together with the separators inside a number.
     */
    private static final Pattern DIGIT_LIKE_RUN = Pattern.compile("[0-9OoIil|.,]+");

    /**
     * Letters that may sit right next to the digits of a tick label: the exponent marker, the
     * multiplication sign written as a letter, and the magnitude suffixes. A digit-like run touching
     * any other letter is part of a word ("Fig1O", "Ion") and is left alone.
     */
    private static final String LETTERS_BESIDE_NUMBERS = "eExXkKMBGT";

    /**
     * Whitespace between two digits. Tesseract splits widely kerned digits into separate words
     * ("1 0"), and SI style, scales {@code label_number(big.mark = " ")} and d3-format's fr-FR locale
     * group thousands with a (thin or no-break) space ("1 000"). Either way the digits belong together.
     */
    private static final Pattern SPACE_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s+(?=\\d)");

    /**
     * Commas grouping thousands, as in {@code scales::label_comma}, d3 {@code ",d"} and Excel:
     * 1 to 3 leading digits then one or more groups of exactly 3, not after a decimal point.
     */
    private static final Pattern THOUSANDS_COMMAS =
            Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})++(?![\\d,])");

    /**
     * A lone comma used as the decimal mark, as in the European locales of d3-format, Excel and
     * matplotlib ({@code axes.formatter.use_locale}): "0,5". It must be the number's only separator
     * and not be followed by exactly 3 digits, which would make it a thousands separator.
     */
    private static final Pattern DECIMAL_COMMA =
            Pattern.compile("(?<![\\d,.])(\\d+),(\\d{1,2}|\\d{4,})(?![\\d,.])");

    /** An optional sign; OCR sometimes puts a space between it and the digits. */
    private static final String SIGN = "(?<sign>[-+]?)\\s*";

    /** Digits with an optional decimal point: "25", "1.5", ".5", and "1." as in Excel's "1.E+04". */
    private static final String MANTISSA = "(?<mantissa>\\d+(?:\\.\\d*)?|\\.\\d+)";

    /** A signed integer exponent of ten. */
    private static final String EXPONENT = "(?<exponent>[-+]?\\d+)";

    /** A plain number: the default of every plotting library. */
    private static final Pattern PLAIN = Pattern.compile(SIGN + MANTISSA);

    /**
     * A percentage: {@code scales::label_percent}, d3 {@code "%"}, Excel. French typography (and
     * d3-format's fr-FR locale) puts a space before the sign: "12,5 %".
     */
    private static final Pattern PERCENT = Pattern.compile(SIGN + MANTISSA + "\\s*%");

    /**
     * E-notation: R's {@code format()} and {@code scales::label_scientific} ("1e+04"), Python's
     * {@code %g} ("8e-05"), Excel's scientific format ("1.00E+04"). Tesseract often reads the e
     * of a small "1.25e+09" as a euro sign; before a signed exponent it can be nothing else.
     */
    private static final Pattern E_NOTATION = Pattern.compile(SIGN + MANTISSA + "(?:[eE]|\u20ac(?=[-+]))" + EXPONENT);

    /**
     * A power of ten with an optional mantissa: matplotlib's {@code LogFormatterSciNotation} draws
     * decades as "10^4" and other ticks as "2×10^1"; ggplot2's {@code scales::label_log} and
     * {@code label_math} do the same. The multiplication sign may come out as {@code × x X * ·}
     * (or the dot/bullet operators) depending on the font and on Tesseract.
     */
    private static final Pattern POWER_OF_TEN = Pattern.compile(
            SIGN + "(?:" + MANTISSA + "\\s*[×xX*·\u22C5\u2219]\\s*)?10\\s*\\^\\s*" + EXPONENT);

    /**
     * A power of ten with a fractional exponent: ggplot2's {@code label_math(10^.x)} on a log
     * axis with half-decade breaks draws "10^-0.5", "10^1.5".
     */
    private static final Pattern FRACTIONAL_POWER = Pattern.compile(
            SIGN + "10\\s*\\^\\s*(?<exponent>[-+]?\\d+\\.\\d+)");

    /**
     * A number with a magnitude suffix, as from {@code scales::label_number(scale_cut =
     * cut_short_scale())} ("10K", "1.5B"), {@code cut_si()} ("10 k", with a space), d3 {@code "~s"}
     * and Plotly's {@code exponentformat} "SI"/"B" ("3G", "1T"). A lone "m" is not read as milli:
     * finance charts use it for million, and it is just as often a unit.
     */
    private static final Pattern SUFFIXED = Pattern.compile(SIGN + MANTISSA + "\\s*(?<suffix>[kKMBGT])");

    /** Exponent of ten of each magnitude suffix: kilo, mega/million, giga/billion (short scale), tera. */
    private static final Map<String, Integer> SUFFIX_EXPONENTS =
            Map.of("k", 3, "K", 3, "M", 6, "B", 9, "G", 9, "T", 12);

    private LabelParser() {}

    /** Parses OCR text of one tick label; empty when it is not a number. */
    public static Optional<ParsedLabel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = unifyDashesAndSpaces(text);
        s = stripEdgeNoise(s);
        s = fixLetterConfusions(s);
        s = SPACE_BETWEEN_DIGITS.matcher(s).replaceAll("");
        s = THOUSANDS_COMMAS.matcher(s).replaceAll(m -> m.group().replace(",", ""));
        s = DECIMAL_COMMA.matcher(s).replaceAll("$1.$2");
        return readForm(s);
    }

    /**
     * Writes every dash as an ASCII hyphen-minus (see {@link #DASHES}) and every space character as
     * an ASCII space: digit groups are separated by no-break or thin spaces (U+00A0, U+2009, U+202F),
     * which {@link Character#isWhitespace} alone does not cover.
     */
    private static String unifyDashesAndSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (DASHES.indexOf(c) >= 0) {
                out.append('-');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Drops whitespace and {@link #EDGE_NOISE} from both ends. A leading '.' directly before a digit
     * is kept, since it is a decimal point (".5").
     */
    private static String stripEdgeNoise(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isNoise(s.charAt(start))
                && !(s.charAt(start) == '.' && start + 1 < end && isAsciiDigit(s.charAt(start + 1)))) {
            start++;
        }
        while (end > start && isNoise(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isNoise(char c) {
        return c == ' ' || EDGE_NOISE.indexOf(c) >= 0;
    }

    /**
     * Turns {@code O o} into 0 and {@code I l i |} into 1 inside a {@link #DIGIT_LIKE_RUN} that holds
     * at least one real digit and does not touch a letter other than {@link #LETTERS_BESIDE_NUMBERS}:
     * "1O0" is 100 and "l0" is 10, but "lO" (no digit) and "Fig1O" (part of a word) stay as they are.
     */
    private static String fixLetterConfusions(String s) {
        return DIGIT_LIKE_RUN.matcher(s).replaceAll(run -> Matcher.quoteReplacement(
                isNumericRun(s, run) ? toDigits(run.group()) : run.group()));
    }

    private static boolean isNumericRun(String s, MatchResult run) {
        return run.group().chars().anyMatch(c -> isAsciiDigit((char) c))
                && !isWordLetterAt(s, run.start() - 1)
                && !isWordLetterAt(s, run.end());
    }

    private static boolean isWordLetterAt(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isLetter(c) && LETTERS_BESIDE_NUMBERS.indexOf(c) < 0;
    }

    private static String toDigits(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (char c : run.toCharArray()) {
            out.append(switch (c) {
                case 'O', 'o' -> '0';
                case 'I', 'l', 'i', '|' -> '1';
                default -> c;
            });
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Matches the normalised text against each form; the forms cannot overlap. */
    private static Optional<ParsedLabel> readForm(String s) {
        Matcher m;
        if ((m = PLAIN.matcher(s)).matches()) {
            return label(m.group("sign"), m.group("mantissa"), "0", Form.PLAIN);
        }
        if ((m = PERCENT.matcher(s)).matches()) {
            return label(m.group("sign"), m.group("mantissa"), "0", Form.PERCENT);
        }
        if ((m = E_NOTATION.matcher(s)).matches()) {
            return label(m.group("sign"), m.group("mantissa"), m.group("exponent"), Form.E_NOTATION);
        }
        if ((m = POWER_OF_TEN.matcher(s)).matches()) {
            String mantissa = m.group("mantissa") == null ? "1" : m.group("mantissa");
            return label(m.group("sign"), mantissa, m.group("exponent"), Form.POWER_OF_TEN);
        }
        if ((m = FRACTIONAL_POWER.matcher(s)).matches()) {
            double v = Math.pow(10, Double.parseDouble(m.group("exponent")));
            double signed = "-".equals(m.group("sign")) ? -v : v;
            return Double.isFinite(signed) && signed != 0
                    ? Optional.of(new ParsedLabel(signed, Form.POWER_OF_TEN)) : Optional.empty();
        }
        if ((m = SUFFIXED.matcher(s)).matches()) {
            String exponent = SUFFIX_EXPONENTS.get(m.group("suffix")).toString();
            return label(m.group("sign"), m.group("mantissa"), exponent, Form.SUFFIXED);
        }
        return Optional.empty();
    }

    /**
     * Builds sign·mantissa·10^exponent by parsing it as one decimal literal, so that "10^-3" is
     * exactly the double nearest 0.001 (which {@code Math.pow} does not promise). Results that
     * overflow to infinity or underflow to zero from a non-zero mantissa ("1e-999") are misreads.
     */
    private static Optional<ParsedLabel> label(String sign, String mantissa, String exponent, Form form) {
        double value = Double.parseDouble(sign + mantissa + "e" + exponent);
        boolean underflowed = value == 0 && Double.parseDouble(mantissa) != 0;
        if (!Double.isFinite(value) || underflowed) {
            return Optional.empty();
        }
        // Adding 0.0 turns -0.0 ("-0") into 0.0.
        return Optional.of(new ParsedLabel(value + 0.0, form));
    }
}
