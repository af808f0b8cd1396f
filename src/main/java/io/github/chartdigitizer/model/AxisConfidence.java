package io.github.chartdigitizer.model;

/**
 * How far an axis' calibration can be trusted, and the evidence for it.
 *
 * @param score          0 (a guess) to 1 (every check passed)
 * @param labelsUsed     tick labels the fit used
 * @param labelsRejected tick labels read but left out: not a number, or off the fitted scale
 * @param labelsGuessed  used labels whose value was guessed from the label's form (an unreadable
 *                       exponent) rather than read
 * @param residualPx     root-mean-square distance of the used labels from the fit, in pixels
 * @param otherScaleFits whether the used labels fit the other scale (log for linear, linear for
 *                       log) about as well, so that the labels alone do not settle the scale
 */
public record AxisConfidence(double score, int labelsUsed, int labelsRejected, int labelsGuessed, double residualPx,
                             boolean otherScaleFits) {
    public AxisConfidence {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("axis confidence must be in [0, 1]: " + score);
        }
    }
}
