package io.github.chartdigitizer.validate;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The colour names people use for lines, and which of them a traced colour is nearest to.
 *
 * <p>Each name has reference colours: the CSS colour of that name and the matplotlib
 * {@code tab10} colour people call by it (most charts described are matplotlib's). A line
 * colour gets the name of its nearest reference in CIELAB (D65), where equal distances look
 * about equally different.
 */
public enum BasicColor {
    BLUE("#1f77b4", "#0000ff", "#4169e1"),
    ORANGE("#ff7f0e", "#ffa500"),
    GREEN("#2ca02c", "#008000", "#00ff00"),
    RED("#d62728", "#ff0000"),
    /** Includes CSS darkviolet, gnuplot's first line colour. */
    PURPLE("#9467bd", "#800080", "#9400d3"),
    BROWN("#8c564b", "#a52a2a"),
    PINK("#e377c2", "#ffc0cb", "#ff00ff"),
    GRAY("#7f7f7f", "#808080"),
    /** Olive and yellow: tab:olive is what people call yellow or yellow-green. */
    OLIVE("#bcbd22", "#808000", "#ffff00"),
    CYAN("#17becf", "#00ffff", "#008080"),
    BLACK("#000000");

    /**
     * Words a description may use, and the names each accepts. "Light blue" is tab:cyan to many
     * readers and blue to others; magenta sits between pink and purple.
     */
    private static final Map<String, Set<BasicColor>> WORDS = Map.ofEntries(
            Map.entry("blue", EnumSet.of(BLUE)), Map.entry("dark blue", EnumSet.of(BLUE)),
            Map.entry("navy", EnumSet.of(BLUE)), Map.entry("light blue", EnumSet.of(BLUE, CYAN)),
            Map.entry("orange", EnumSet.of(ORANGE)),
            Map.entry("green", EnumSet.of(GREEN)), Map.entry("dark green", EnumSet.of(GREEN)),
            Map.entry("light green", EnumSet.of(GREEN, OLIVE)),
            Map.entry("red", EnumSet.of(RED)), Map.entry("dark red", EnumSet.of(RED, BROWN)),
            Map.entry("maroon", EnumSet.of(RED, BROWN)),
            Map.entry("purple", EnumSet.of(PURPLE)), Map.entry("violet", EnumSet.of(PURPLE)),
            Map.entry("magenta", EnumSet.of(PINK, PURPLE)),
            Map.entry("brown", EnumSet.of(BROWN)),
            Map.entry("pink", EnumSet.of(PINK)),
            Map.entry("gray", EnumSet.of(GRAY)), Map.entry("grey", EnumSet.of(GRAY)),
            Map.entry("olive", EnumSet.of(OLIVE)), Map.entry("yellow", EnumSet.of(OLIVE)),
            Map.entry("cyan", EnumSet.of(CYAN)), Map.entry("teal", EnumSet.of(CYAN)),
            Map.entry("turquoise", EnumSet.of(CYAN)),
            Map.entry("black", EnumSet.of(BLACK)));

    /** Alternation of every colour word, longest first, for building patterns. */
    static final String WORD_PATTERN = "(?:light\\s+blue|dark\\s+blue|light\\s+green|dark\\s+green|dark\\s+red|"
            + "blue|navy|orange|green|red|maroon|purple|violet|magenta|brown|pink|gr[ae]y|olive|yellow|cyan|teal|"
            + "turquoise|black)";

    private final List<double[]> references;

    BasicColor(String... hex) {
        this.references = java.util.Arrays.stream(hex).map(BasicColor::lab).toList();
    }

    /** Lower-case name used in reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names a colour word accepts ("grey" → gray); empty for a word that is not a colour. */
    public static Optional<Set<BasicColor>> named(String word) {
        Set<BasicColor> s = WORDS.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        return Optional.ofNullable(s).map(Set::copyOf);
    }

    /** The name nearest to a {@code #rrggbb} colour. */
    public static BasicColor nearest(String hex) {
        double[] lab = lab(hex);
        BasicColor best = BLACK;
        double bestD = Double.POSITIVE_INFINITY;
        for (BasicColor c : values()) {
            for (double[] r : c.references) {
                double d = Math.pow(lab[0] - r[0], 2) + Math.pow(lab[1] - r[1], 2) + Math.pow(lab[2] - r[2], 2);
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
        }
        return best;
    }

    /** CIELAB distance (ΔE 1976) between two {@code #rrggbb} colours: about 2.3 is just noticeable. */
    public static double deltaE(String a, String b) {
        double[] p = lab(a), q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    /** sRGB {@code #rrggbb} to CIELAB with the D65 white point. */
    private static double[] lab(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = linear((rgb >> 16) & 0xff), g = linear((rgb >> 8) & 0xff), b = linear(rgb & 0xff);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int c8) {
        double c = c8 / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
