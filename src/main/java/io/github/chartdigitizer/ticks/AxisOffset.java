package io.github.chartdigitizer.ticks;

import java.util.Optional;

/**
 * matplotlib's offset or multiplier text at the end of an axis ("1e6", "×10^6", "+1e6"):
 * every tick label's true value is the label times the multiplier, or plus the offset.
 *
 * @param multiply true for a multiplier, false for an additive offset
 * @param value    the multiplier (a power of ten) or the offset
 */
public record AxisOffset(boolean multiply, double value) {
    /** Applies the offset to a label's value. */
    public double apply(double label) {
        return multiply ? label * value : label + value;
    }

    /**
     * Parses offset text: a bare power of ten ("1e6", "1e-5", "×10^6", "x10^3") multiplies; a
     * signed number ("+1e6", "−2e3") adds. Anything else is not an offset.
     */
    public static Optional<AxisOffset> parse(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        char c = t.charAt(0);
        if (c == '+' || c == '-') {
            return LabelParser.parse(t.substring(1))
                    .map(p -> new AxisOffset(false, c == '-' ? -p.value() : p.value()));
        }
        if (c == '\u00d7' || c == 'x' || c == 'X' || c == '*') {
            t = "1" + t; // "×10^6" is 1×10^6
        }
        return LabelParser.parse(t)
                .filter(p -> p.form() == LabelParser.Form.E_NOTATION || p.form() == LabelParser.Form.POWER_OF_TEN)
                .filter(p -> p.value() > 0 && Math.abs(Math.log10(p.value()) - Math.rint(Math.log10(p.value()))) < 1e-9)
                .map(p -> new AxisOffset(true, p.value()));
    }
}
