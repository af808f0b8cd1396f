package io.github.chartdigitizer.model;

import java.util.List;

/**
 * One tick label with its position on the axis and what it says.
 *
 * @param axis     which axis
 * @param pixel    position along the axis (x for X, y for Y) in continuous image coordinates,
 *                 at the tick mark or grid line when one was found, else the label centre
 * @param text     the text as read (superscript exponents written with {@code ^})
 * @param value    the parsed value, NaN when the text is not a number
 * @param alternatives other values the text may stand for (OCR merges a raised exponent into
 *                 the base: "104" may be 10^4); calibration picks whichever fits
 * @param box      the ink of the label
 * @param snapped  whether {@code pixel} comes from a tick mark or grid line rather than the label
 * @param status   whether the calibration used it, and if not why
 * @param weight   how much the axis fit trusted {@code value}: 1 for the plain reading, an
 *                 {@link Alternative}'s weight when calibration took that alternative instead
 *                 (a {@link Alternative#GUESS} is a value the text does not show)
 */
public record TickLabel(Axis axis, double pixel, String text, double value, List<Alternative> alternatives, PixelBox box,
                        boolean snapped, Status status, double weight) {

    /** What calibration did with a label. */
    public enum Status {
        /** Not yet fitted. */
        PENDING,
        /** Used by the fit. */
        ACCEPTED,
        /** Text is not a number. */
        REJECTED_NOT_NUMERIC,
        /** Off the fitted mapping (misread or mislocated). */
        REJECTED_OUTLIER
    }

    public TickLabel {
        alternatives = List.copyOf(alternatives);
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("tick label weight must be in (0, 1]: " + weight);
        }
    }

    /** A label as read: its value, if any, is the plain reading (weight 1). */
    public TickLabel(Axis axis, double pixel, String text, double value, List<Alternative> alternatives, PixelBox box,
                     boolean snapped, Status status) {
        this(axis, pixel, text, value, alternatives, box, snapped, status, 1.0);
    }

    public boolean hasValue() {
        return Double.isFinite(value);
    }

    /** Has a value or an alternative. */
    public boolean hasAnyValue() {
        return hasValue() || !alternatives.isEmpty();
    }

    /** Every value the label may stand for with its weight, the plain reading first (weight 1). */
    public List<Alternative> candidates() {
        List<Alternative> out = new java.util.ArrayList<>();
        if (hasValue()) {
            out.add(new Alternative(value, 1.0));
        }
        out.addAll(alternatives);
        return out;
    }

    public TickLabel withStatus(Status s) {
        return new TickLabel(axis, pixel, text, value, alternatives, box, snapped, s, weight);
    }

    /** The label as calibration read it: {@code v} becomes the value, trusted as a plain reading. */
    public TickLabel withValue(double v, Status s) {
        return withValue(v, 1.0, s);
    }

    /** The label as calibration read it: {@code v}, a candidate of weight {@code w}, becomes the value. */
    public TickLabel withValue(double v, double w, Status s) {
        return new TickLabel(axis, pixel, text, v, alternatives, box, snapped, s, w);
    }
}
