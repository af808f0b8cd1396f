package io.github.chartdigitizer.validate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a description writes it, and whether it is marked as approximate.
 *
 * <p>Forms read by {@link #parse}: {@code 25}, {@code -0.5}, {@code 10,000} (comma groups of
 * exactly three digits; a list needs a space after each comma: "1, 10, 100"), {@code 1e4},
 * {@code 1.5E-03}, {@code 10^4}, {@code 10^{-4}}, {@code 10⁴}, {@code 2×10^3} ({@code x * ·}
 * too), {@code 10k}, {@code 2.5M}, {@code 3 million}, {@code 1B}/{@code billion}. The minus
 * may be U+2212. Approximation marks in front: {@code ~ ≈ ∼}, "approximately", "approx.",
 * "about", "around", "roughly", "nearly", "almost", "close to", "circa", "ca.", "near".
 *
 * @param value       the value in data units
 * @param approximate whether the text marked it as approximate
 */
public record Quantity(double value, boolean approximate) {
    /** Approximation marks that may precede a number. */
    static final String APPROX = "(?:~|≈|∼|approx(?:imately|\\.)?|about|around|roughly|nearly|almost|close\\s+to|"
            + "circa|ca\\.|near)";

    /** Digits of a number: thousands groups (not starting with 0), plain digits, or a bare fraction. */
    private static final String DIGITS = "(?:[1-9]\\d{0,2}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";

    /**
     * One number without its approximation mark. Alternatives, longest first: a mantissa times a
     * power of ten, a power of ten, e-notation, a suffixed or plain number. Never starts inside a
     * word ("L0") or right after a decimal point or digit. The magnitude suffixes are matched
     * case-sensitively even inside case-insensitive patterns: "10 m" is ten metres, not 10 million.
     */
    static final String NUMBER = "(?<![\\w.^,])[-−+]?(?:"
            + "(?:" + DIGITS + ")\\s*[×x*·]\\s*10\\s*(?:\\^\\s*\\{?\\s*[-−+]?\\d+\\s*\\}?|[" + SUPERSCRIPTS + "]+)"
            + "|10\\s*(?:\\^\\s*\\{?\\s*[-−+]?\\d+\\s*\\}?|[" + SUPERSCRIPTS + "]+)"
            + "|(?:" + DIGITS + ")[eE][-−+]?\\d+"
            + "|(?:" + DIGITS + ")(?:(?-i:\\s*(?:k|K|M|B|bn)\\b)|\\s+(?:thousand|million|billion)\\b)?"
            + ")(?![\\w^])";

    /** A number with an optional approximation mark, as one regular expression (no capturing groups). */
    public static final String PATTERN = "(?:" + APPROX + "\\s*)?" + NUMBER;

    private static final Pattern WHOLE = Pattern.compile("\\s*(" + APPROX + ")?\\s*(" + NUMBER + ")\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POWER = Pattern.compile(
            "(?:(?<m>" + DIGITS + ")\\s*[×x*·]\\s*)?10\\s*(?:\\^\\s*\\{?\\s*(?<e>[-+]?\\d+)\\s*\\}?|(?<sup>[" + SUPERSCRIPTS + "]+))");
    private static final Pattern E_NOTATION = Pattern.compile("(?<m>" + DIGITS + ")[eE](?<e>[-+]?\\d+)");
    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<m>" + DIGITS + ")\\s*(?<s>k|K|M|B|bn|thousand|million|billion)?");
    private static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "K", 1e3, "thousand", 1e3,
            "M", 1e6, "million", 1e6, "B", 1e9, "bn", 1e9, "billion", 1e9);

    public Quantity {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity value must be finite: " + value);
        }
    }

    public static Quantity exact(double value) {
        return new Quantity(value, false);
    }

    public static Quantity approx(double value) {
        return new Quantity(value, true);
    }

    /** Reads text that is exactly one number with an optional approximation mark. */
    public static Optional<Quantity> parse(String text) {
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return valueOf(m.group(2)).map(v -> new Quantity(v, m.group(1) != null));
    }

    private static Optional<Double> valueOf(String number) {
        String s = number.replace('−', '-').strip();
        double sign = 1;
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? -1 : 1;
            s = s.substring(1);
        }
        Matcher m;
        if ((m = POWER.matcher(s)).matches()) {
            int e = m.group("e") != null ? Integer.parseInt(m.group("e")) : superscript(m.group("sup"));
            double mant = m.group("m") == null ? 1 : plain(m.group("m"));
            return Optional.of(sign * mant * Math.pow(10, e));
        }
        if ((m = E_NOTATION.matcher(s)).matches()) {
            return Optional.of(sign * Double.parseDouble(plain(m.group("m")) + "e" + m.group("e")));
        }
        if ((m = SUFFIXED.matcher(s)).matches()) {
            double mult = m.group("s") == null ? 1 : SUFFIXES.get(m.group("s"));
            return Optional.of(sign * plain(m.group("m")) * mult);
        }
        return Optional.empty();
    }

    private static double plain(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static int superscript(String sup) {
        StringBuilder sb = new StringBuilder();
        for (char c : sup.toCharArray()) {
            sb.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return Integer.parseInt(sb.toString());
    }

    /** {@code ~100} or {@code 100}, the value {@linkplain #format formatted}. */
    @Override
    public String toString() {
        return (approximate ? "~" : "") + format(value);
    }

    /**
     * A value for reports: up to four significant digits, without trailing zeros; e-notation
     * below 0.001 and from 100000 up ({@code 1.4e-4}), thousands grouped below that.
     */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e5) {
            String s = String.format(Locale.ROOT, "%.3e", v);
            int e = s.indexOf('e');
            String mant = trimZeros(s.substring(0, e));
            return mant + "e" + Integer.parseInt(s.substring(e + 1));
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        String s = trimZeros(String.format(Locale.ROOT, "%." + decimals + "f", v));
        return a >= 1e4 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : s;
    }

    private static String trimZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
