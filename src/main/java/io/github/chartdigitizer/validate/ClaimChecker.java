package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.DigitizedChart;
import java.util.List;
import java.util.Objects;

/**
 * Gives each claim a verdict from a digitized chart. Stateless and thread-safe.
 *
 * <p>What each kind is compared with:
 * <ul>
 *   <li>title, axis titles: the text read from the image, exactly modulo case, whitespace and
 *       the O/0, l/I/1 confusions ({@link TextMatch}); unverifiable when nothing was read;</li>
 *   <li>scale: the calibrated scale of the axis named (with none named, of either axis);</li>
 *   <li>range: each end within the {@linkplain ValidationConfig#tolerance() tolerance} of the
 *       axis value at the plot edge, or exactly the outermost accepted tick label;</li>
 *   <li>tick values: the set of accepted tick labels, exactly (a label the OCR could not read
 *       where a claimed value would be makes it unverifiable); tick interval: the step between
 *       accepted labels, exactly (a ratio on a log axis);</li>
 *   <li>series count and colour: the traced lines and the {@linkplain BasicColor colour name}
 *       nearest to each;</li>
 *   <li>point: the distance from the claimed point to the line in display space, as a share of
 *       the spans, within the tolerance. Of the lines the claim names by colour, or any line;</li>
 *   <li>trend: the line averaged into bins in display space (see {@link ValidationConfig});</li>
 *   <li>extremum: where the line's maximum or minimum is, and its value;</li>
 *   <li>interpretation, unrecognised statements: always unverifiable.</li>
 * </ul>
 */
public final class ClaimChecker {
    private final ValidationConfig config;

    public ClaimChecker(ValidationConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public ValidationConfig config() {
        return config;
    }

    /** Verdicts on all claims, in their order, as a report. */
    public ValidationReport check(DigitizedChart chart, String descriptionName, List<Claim> claims) {
        ChartView view = ChartView.of(chart);
        return new ValidationReport(chart.image(), descriptionName, config,
                claims.stream().map(c -> check(view, c)).toList());
    }

    /** The verdict on one claim. */
    public Verdict check(DigitizedChart chart, Claim claim) {
        return check(ChartView.of(chart), claim);
    }

    private Verdict check(ChartView v, Claim c) {
        double tol = config.tolerance();
        Claim.Detail d = c.detail();
        if (d instanceof Claim.Title t) {
            return FrameChecks.title(c, t, v);
        } else if (d instanceof Claim.AxisTitle t) {
            return FrameChecks.axisTitle(c, t, v);
        } else if (d instanceof Claim.Scale s) {
            return FrameChecks.scale(c, s, v);
        } else if (d instanceof Claim.Range r) {
            return FrameChecks.range(c, r, v, tol);
        } else if (d instanceof Claim.TickValues t) {
            return FrameChecks.tickValues(c, t, v);
        } else if (d instanceof Claim.TickInterval t) {
            return FrameChecks.tickInterval(c, t, v);
        } else if (d instanceof Claim.SeriesCount n) {
            return LineChecks.count(c, n, v);
        } else if (d instanceof Claim.SeriesColor col) {
            return LineChecks.color(c, col, v);
        } else if (d instanceof Claim.Point p) {
            return LineChecks.point(c, p, v, tol);
        } else if (d instanceof Claim.Trend t) {
            return LineChecks.trend(c, t, v, config);
        } else if (d instanceof Claim.Extremum e) {
            return LineChecks.extremum(c, e, v, tol);
        } else if (d instanceof Claim.Interpretation) {
            return Verdict.unverifiable(c, "an interpretation: the image shows values, not what they mean or why");
        }
        return Verdict.unverifiable(c, "no statement about the image was recognised");
    }
}
