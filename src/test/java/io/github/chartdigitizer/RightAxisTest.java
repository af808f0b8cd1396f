package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.testsupport.RightAxis;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.TruthComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Y labels on the right (see {@link RightAxis}), with the rotated axis title left alone on
 * the left: the title's letters align like a column of labels, but they stand far off the axis
 * and bunch in a short stretch of it, so the labels on the right are read.
 */
class RightAxisTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p0019", "p0072", "p0015", "p0016"})
    void readsYLabelsOnTheRight(String id) throws Exception {
        Truth truth = Truth.sample(id);
        var img = RightAxis.of(truth.raster());
        DigitizedChart chart = digitizer.digitize(img, id + "-right");

        assertAll(id, TruthComparison.passBarChecks(truth, chart));
    }

    /** ggplot2 sets the y title on the right reading downwards: it is read either way. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p0072", "p0015"})
    void readsADownwardYTitleOnTheRight(String id) throws Exception {
        Truth truth = Truth.sample(id);
        var img = RightAxis.of(truth.raster(), true);
        DigitizedChart chart = Digitizer.create(DigitizerConfig.DEFAULTS).digitize(img, id + "-right-title");
        assertEquals(truth.yLabel(), chart.yLabel());
    }
}
