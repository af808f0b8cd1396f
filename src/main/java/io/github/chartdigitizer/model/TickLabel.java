package io.github.chartdigitizer.model;

/**
 * One tick label with its position on the axis and what it says.
 *
 * @param axis     which axis
 * @param pixel    position along the axis (x for X, y for Y) in continuous image coordinates,
 *                 at the tick mark or grid line when one was found, else the label centre
 * @param text     the text as read (superscript exponents written with {@code ^})
 * @param value    the parsed value, NaN when the text is not a number
 * @param box      the ink of the label
 * @param snapped  whether {@code pixel} comes from a tick mark or grid line rather than the label
 * @param status   whether the calibration used it, and if not why
 */
public record TickLabel(Axis axis, double pixel, String text, double value, PixelBox box, boolean snapped,
                        Status status) {

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

    public boolean hasValue() {
        return Double.isFinite(value);
    }

    public TickLabel withStatus(Status s) {
        return new TickLabel(axis, pixel, text, value, box, snapped, s);
    }
}
