package io.github.chartdigitizer.validate;

/**
 * How strictly claims are held to what the image shows.
 *
 * <p>Distances are shares of an axis' span in <em>display space</em> (the value on a linear
 * axis, log10 of it on a log axis; see {@code model/package-info}), so on a log axis a
 * tolerance is a relative error: 0.03 of the seed chart's four decades is 0.12 decades, a factor
 * of 1.32.
 *
 * @param tolerance       how far a value read off the chart ("~100", "about 8 at 100", "ranges
 *                        from 0 to 200", a maximum of 80) may be from what the image shows, as a
 *                        share of the axis span. 0.03 because: a careful reader judges a position
 *                        against the axis to one or two percent of it (Cleveland &amp; McGill,
 *                        1984); a writer's "~" rounds to a nice number; and the digitizer itself
 *                        is within 1% of the span (see {@code SeedChartTest}). 0.03 is 11 pixels on
 *                        the seed chart's 369-pixel y axis and tells 8 from 12 there (0.044), yet
 *                        lets 8 pass for 8.08. Values written without a mark are held to the same
 *                        tolerance: nothing read off a line is exact. Point claims use the distance
 *                        from the claimed point to the line (so a steep stretch is forgiving in y,
 *                        as it is to the eye) and the same share lets a line's hidden end be
 *                        extrapolated. Exact claims (titles, tick values, tick steps) do not use it.
 * @param flatteningRatio how many times steeper (mean |slope| in display space) the first
 *                        quarter of a line must be than its last half for "steep initially, then
 *                        gradual", "flattening", "approaching an asymptote" (and the mirror image
 *                        for "accelerating"). 3: a bend a reader calls a bend, not a slight curve;
 *                        the seed's line has 17.
 * @param monotoneShare   share of a line's total up-and-down movement (display space) that its net
 *                        change must make up for "increasing" or "decreasing". 0.8 allows noise and
 *                        small bumps; a line that goes down and back up half way has 0.
 * @param plateauShare    how much the last quarter of a line may move, as a share of the y span,
 *                        and still be "levelling off" or "a plateau". 0.05: under two tolerances, so a
 *                        reader sees it as level.
 * @param profileBins     bins a line is averaged into for trends and extrema. 40 averages about a
 *                        dozen pixel columns on a 500-pixel plot: tracing noise goes, a bend stays.
 */
public record ValidationConfig(double tolerance, double flatteningRatio, double monotoneShare, double plateauShare,
                               int profileBins) {
    public static final ValidationConfig DEFAULTS = new ValidationConfig(0.03, 3.0, 0.8, 0.05, 40);

    public ValidationConfig {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be a share of the axis span in (0, 1): " + tolerance);
        }
        if (!(flatteningRatio > 1) || !Double.isFinite(flatteningRatio)) {
            throw new IllegalArgumentException("flatteningRatio must be above 1: " + flatteningRatio);
        }
        if (!(monotoneShare > 0.5 && monotoneShare <= 1)) {
            throw new IllegalArgumentException("monotoneShare must be in (0.5, 1]: " + monotoneShare);
        }
        if (!(plateauShare > 0 && plateauShare < 1)) {
            throw new IllegalArgumentException("plateauShare must be in (0, 1): " + plateauShare);
        }
        if (profileBins < 8) {
            throw new IllegalArgumentException("profileBins must be at least 8: " + profileBins);
        }
    }

    public ValidationConfig withTolerance(double t) {
        return new ValidationConfig(t, flatteningRatio, monotoneShare, plateauShare, profileBins);
    }
}
