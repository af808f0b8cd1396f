package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.testsupport.RotatedXLabels;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.TruthComparison;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * X tick labels turned by the plotting library (see {@link RotatedXLabels}): read turned level
 * and placed at their ticks by the centre (matplotlib) or the upper end (gnuplot, ggplot2).
 */
class RotatedLabelsTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0} at {1} degrees, {2}")
    @CsvSource({
        "l0_over_training_steps, 45, CENTRE",
        "l0_over_training_steps, 90, CENTRE",
        "p0016, 30, CENTRE", // log x labelled 10^k: the exponent told apart across the turned text
        "p0015, 45, END",
        "p0012, 90, END",
    })
    void readsTurnedXLabels(String id, double degrees, RotatedXLabels.Anchor anchor) throws Exception {
        Truth truth = Truth.sample(id);
        var img = RotatedXLabels.of(truth.raster(), degrees, anchor);
        DigitizedChart chart = digitizer.digitize(img, id + "-turned");

        List<Executable> checks = new ArrayList<>(TruthComparison.passBarChecks(truth, chart));
        checks.add(() -> assertTrue(chart.warnings().stream().anyMatch(w -> w.startsWith("x axis: its tick labels are turned")),
                chart.warnings()::toString));
        // Turned labels are placed by a guessed anchor: the chart stays below the trusted 0.8.
        checks.add(() -> assertTrue(chart.confidence().orElseThrow().score() < 0.8, "confidence"));
        assertAll(id, checks);
    }
}
