package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.Truth.AxisTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each axis' range at the plot area's edges within 0.5% of its span (display space) of the
 * truth, as the bench scorer measures it (issue #3's bar).
 */
class AxisRangesTest {
    private static final double MAX_ERROR = 0.005;
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "l0_over_training_steps",
        "p0019", // gnuplot log-log
        "p0015", // ggplot2 grey panel, log y
        "p0012", // narrow linear range
        "p0032", // matplotlib classic: ticks inward, 10^4 at the corner beside a minor tick
        "p0119", // gnuplot log y: 10^5 at the corner beside a minor tick
        "p0037", // ggplot2 theme_minimal: no frame, the panel ends where the grid lines do
        "p0072", // gnuplot, linear y labelled 1.00001×10^6 (scientific notation, not powers)
        "p0049", // matplotlib JPEG, log y labelled only 2×10^0 and 4×10^0
        "p0036", // matplotlib bmh: a frame round a filled panel, the edge at the frame's centre
        "p0040", // gnuplot JPEG without a right border: the axis line's end, not its JPEG ringing
        "p0041", // ggplot2 theme_minimal, downscaled JPEG: faded grid ends are the panel's edges
        "p0113", // ggplot2 theme_minimal JPEG: faint grid lines end at half their contrast
        "p0118", // matplotlib ggplot style JPEG: a white frame hides the panel's rim and the ticks' roots
        "p0087", // ggplot2 theme_minimal log-log JPEG: y labels set against the grid lines, 5 px "1e-02"
        "p0066", // matplotlib ggplot style, blurred JPEG: ticks blurred back onto the hidden frame's rim
    })
    void rangesMatchTheTruth(String id) throws Exception {
        Truth truth = Truth.sample(id);
        DigitizedChart chart = digitizer.digitize(truth.image());
        PlotArea pa = chart.plotArea();
        assertAll(id,
                () -> assertRange("x", truth.x(), chart.x(), pa.left(), pa.right()),
                () -> assertRange("y", truth.y(), chart.y(), pa.bottom(), pa.top()));
    }

    private static void assertRange(String name, AxisTruth truth, AxisCalibration c, double minPx, double maxPx) {
        assertEquals(truth.scale(), c.scale(), name + " scale");
        double span = truth.displaySpan();
        double errMin = Math.abs(truth.display(c.toValue(minPx)) - truth.display(truth.min())) / span;
        double errMax = Math.abs(truth.display(c.toValue(maxPx)) - truth.display(truth.max())) / span;
        assertTrue(errMin <= MAX_ERROR && errMax <= MAX_ERROR, String.format(
                "%s range %.6g..%.6g, truth %.6g..%.6g: off by %.2f%% and %.2f%% of the span", name,
                c.toValue(minPx), c.toValue(maxPx), truth.min(), truth.max(), 100 * errMin, 100 * errMax));
    }
}
