package io.github.chartdigitizer.model;

/**
 * How far a traced series can be trusted, and the evidence for it.
 *
 * @param score                0 (probably not a real line, or not this line throughout) to 1
 * @param xCoverage            share of the plot width between the trace's first and last column
 * @param bridged              share of the traced columns where the line was not seen but bridged
 *                             across a gap (dashes, a crossing line on top) by interpolation
 * @param thicknessConsistency share of the seen columns where the line is about as thick as it is
 *                             typically (a marker, a legend swatch or another line of the same
 *                             colour makes it thicker; a fringe thinner)
 * @param nearTwin             whether another series has nearly the same colour (traces lying on
 *                             one another were already dropped as fringes), as when one line is
 *                             split in two by JPEG or blur
 */
public record SeriesConfidence(double score, double xCoverage, double bridged, double thicknessConsistency,
                               boolean nearTwin) {
    public SeriesConfidence {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("series confidence must be in [0, 1]: " + score);
        }
    }
}
