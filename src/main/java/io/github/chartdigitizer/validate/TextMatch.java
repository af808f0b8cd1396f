package io.github.chartdigitizer.validate;

import java.util.Locale;

/**
 * When a title in a description matches a title read from the image.
 *
 * <p>Exact, modulo: case; whitespace (all of it: OCR joins and splits words); surrounding quotes
 * and a final period; dash variants; and the OCR confusions that nothing but context settles, the
 * letter O with the digit 0, and the letters l and I with the digit 1. So "L0" matches a read
 * "LO" (a reading where shape could not settle it), but "Loss" does not match "L0ss
 * curve".
 */
final class TextMatch {
    private TextMatch() {
    }

    static boolean matches(String claimed, String read) {
        return normalise(claimed).equals(normalise(read));
    }

    static String normalise(String s) {
        String t = s.strip().replaceAll("^[\"'“”‘’]+|[\"'“”‘’.]+$", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        t = t.replaceAll("[‐‑‒–—−]", "-");
        return t.replace('o', '0').replace('l', '1').replace('i', '1');
    }
}
