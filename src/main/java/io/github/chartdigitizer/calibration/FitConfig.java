package io.github.chartdigitizer.calibration;

/**
 * Settings of the robust axis fit.
 *
 * @param snappedTolerancePx   largest residual, in pixels, of a label whose position comes from
 *                             a tick mark or grid line. 1.5: ticks are found to about half a pixel.
 * @param unsnappedTolerancePx the same for a label positioned by its own centre. 3: text
 *                             centres wander by a pixel or two.
 * @param minInlierShare       share of the numeric labels the fit must explain. 0.5: more misreads
 *                             than that and the fit is a guess.
 */
public record FitConfig(double snappedTolerancePx, double unsnappedTolerancePx, double minInlierShare) {
    public static final FitConfig DEFAULTS = new FitConfig(1.5, 3.0, 0.5);

    public FitConfig {
        if (!(snappedTolerancePx > 0) || !(unsnappedTolerancePx > 0)) {
            throw new IllegalArgumentException("tolerances must be > 0: " + snappedTolerancePx + ", " + unsnappedTolerancePx);
        }
        if (!(minInlierShare > 0 && minInlierShare <= 1)) {
            throw new IllegalArgumentException("minInlierShare must be in (0, 1]: " + minInlierShare);
        }
    }
}
