package io.github.chartdigitizer.model;

/**
 * A value a tick label's text may stand for besides its plain reading.
 *
 * @param value  the value
 * @param weight how much the axis fit trusts it relative to a plain reading (1)
 */
public record Alternative(double value, double weight) {
    /** A known OCR confusion: a merged exponent, a letter for a digit, a decimal comma. */
    public static final double OCR = 0.9;
    /** Half read: the exponent of "x10^0" was read and only its mantissa (one of 2..9) is missing. */
    public static final double PARTIAL = 0.5;
    /** A guess from the label's form alone (an unreadable exponent): only the sequence decides. */
    public static final double GUESS = 0.3;

    public Alternative {
        if (!Double.isFinite(value) || !(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("bad alternative " + value + " weight " + weight);
        }
    }
}
