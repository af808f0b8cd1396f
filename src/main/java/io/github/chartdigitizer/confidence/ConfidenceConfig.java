package io.github.chartdigitizer.confidence;

/**
 * Constants of the confidence scores. Every score is a product of factors in (0, 1], one per
 * kind of doubt; each constant below sets one factor's strength, with its reason. They were
 * checked on the public chartbench corpus as a whole (see {@code docs/overlay.md}): there, every
 * chart at 0.8 or above passes and every failing chart is below 0.8, and both still hold when
 * any one factor constant is moved by a third either way, so none is tuned to particular charts.
 *
 * @param uncheckedAxis   score of an axis fitted through exactly two plainly read labels. 0.7:
 *                        two labels fix a line exactly, so nothing checks that either was read
 *                        right, nor (with positive values) whether the scale is linear or log.
 * @param checkHalfLife   labels (in plain-reading equivalents) beyond two that halve the
 *                        remaining doubt. 0.5: a third label read plainly leaves a quarter of it
 *                        (0.925), a fourth 1/16: a misread that fits three others is rare.
 * @param guessedStep     factor when fewer than two used labels were read plainly (the rest
 *                        guessed from an unreadable exponent). 0.5: with one anchor, any step of
 *                        decades fits the guesses equally well, so the scale is itself a guess.
 * @param outlierPenalty  doubt per unit share of the labels read that were rejected, as off the
 *                        fit or as no number. 0.4: such labels were misread or misplaced, so the
 *                        OCR of this axis is shaky, though the fit itself kept to the labels that
 *                        agree.
 * @param residualScalePx residual, in pixels, counted as fully doubtful, and the largest residual
 *                        at which the other scale "fits as well". 1.5: the fit's own tolerance
 *                        for a label at a tick mark.
 * @param residualPenalty doubt at a residual of {@code residualScalePx}. 0.1: the fit already
 *                        rejects labels further off, so the residual of the rest says little.
 * @param fullCoverage    share of the plot width a whole series spans. 0.9: matplotlib and
 *                        ggplot2 leave a 5% margin on each side; a trace ending earlier is short
 *                        or was cut short.
 * @param bridgedPenalty  doubt per unit share of a series' points bridged, not seen. 0.4: a
 *                        dashed line is about half bridged (0.8), and straight bridges across its
 *                        short gaps are usually right, but not always.
 * @param widthRatio      a column is as thick as usual within this factor of the median width.
 *                        2: anti-aliasing and JPEG change a line's width by less; a marker, a
 *                        legend swatch or a crossing of the same colour by more.
 * @param widthPenalty    doubt per unit share of seen columns of unusual width. 0.5: markers
 *                        drawn on a line make it legitimately thicker in places.
 * @param twinDistance    RGB distance (0..441) under which two series' colours are the same
 *                        colour. 80: JPEG and blur shift a line's colour by up to about 40 per
 *                        channel, while the first five colours of tab10, Set1, ggplot2's hues and
 *                        gnuplot's default are at least 96 apart. (Okabe-Ito's bluish green and
 *                        blue are 77 apart: a chart using both gets a needless doubt.)
 * @param twinFactor      factor for a series with a twin. 0.6: one line split in two by colour
 *                        noise gives two half-traces, each wrong where the other took over.
 * @param warnBelow       a factor below this is explained in a warning. 0.9: a doubt costing
 *                        a tenth of the score or more is worth a sentence.
 * @param turnedLabels    factor for an axis whose labels the library turned and which were read
 *                        turned level. 0.75: each was placed at its tick by a guessed anchor
 *                        (its centre or its end), and its raised exponent is told apart less
 *                        surely than on level text; no bench chart has such labels to measure
 *                        against, so such an axis stays below 0.8.
 * @param matchedLabels   factor for an axis whose labels were too small for OCR and were read by
 *                        matching drawn label sequences. 0.75: on the bench's labels of 9 px and
 *                        less the matched sequence was right on every axis it accepted, but it
 *                        tells 10^2 from 10^5 by a few pixels of exponent, so such an axis stays
 *                        below 0.8.
 * @param lostStretch     share of the plot width a gap between a series' traced points must exceed
 *                        to count as a lost stretch of the line. 0.03: gaps of a few columns where
 *                        lines cross or markers sit are no loss; the bench's scorer, like a reader
 *                        of the data, bridges up to 3% of the x span.
 * @param lostPenalty     doubt per unit share of a series' span lost. 2.0: a series missing a tenth
 *                        of its span (under 90% of it there, as a usable series needs) lands at 0.8.
 */
public record ConfidenceConfig(double uncheckedAxis, double checkHalfLife, double guessedStep, double outlierPenalty,
                               double residualScalePx, double residualPenalty, double fullCoverage,
                               double bridgedPenalty, double widthRatio, double widthPenalty, double twinDistance,
                               double twinFactor, double warnBelow, double turnedLabels,
                               double matchedLabels, double lostStretch, double lostPenalty) {
    public static final ConfidenceConfig DEFAULTS = new ConfidenceConfig(0.7, 0.5, 0.5, 0.4, 1.5, 0.1, 0.9, 0.4, 2.0,
            0.5, 80, 0.6, 0.9, 0.75, 0.75, 0.03, 2.0);

    public ConfidenceConfig {
        requireShare("uncheckedAxis", uncheckedAxis);
        requireShare("guessedStep", guessedStep);
        requireShare("outlierPenalty", outlierPenalty);
        requireShare("residualPenalty", residualPenalty);
        requireShare("fullCoverage", fullCoverage);
        requireShare("bridgedPenalty", bridgedPenalty);
        requireShare("widthPenalty", widthPenalty);
        requireShare("twinFactor", twinFactor);
        requireShare("warnBelow", warnBelow);
        requireShare("turnedLabels", turnedLabels);
        requireShare("matchedLabels", matchedLabels);
        requireShare("lostStretch", lostStretch);
        if (!(lostPenalty >= 0)) {
            throw new IllegalArgumentException("lostPenalty must be >= 0: " + lostPenalty);
        }
        if (!(checkHalfLife > 0) || !(residualScalePx > 0) || !(widthRatio > 1) || !(twinDistance >= 0)) {
            throw new IllegalArgumentException("bad confidence config: checkHalfLife=" + checkHalfLife
                    + ", residualScalePx=" + residualScalePx + ", widthRatio=" + widthRatio
                    + ", twinDistance=" + twinDistance);
        }
    }

    private static void requireShare(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
        }
    }
}
