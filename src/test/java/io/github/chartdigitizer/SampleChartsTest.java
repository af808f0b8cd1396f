package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.TruthComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bench charts in {@code samples/} (see its README for what each exercises), held to the
 * chartbench pass bar: both scales right, every truth series matched with coverage >= 0.9 and
 * mean error <= 1% of the y span in display space.
 */
class SampleChartsTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        // Titles are not compared here; skipping them saves about a third of the OCR time.
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p0019", "p0015", "p0034", "p0016", "p0012",
        "p0003", // its x labels fit no scale as read at 40 px; read again at 32 px they do
        "p0087", // a thin steelblue line washed grey by JPEG keeps full contrast only at scattered cores
        "p0084"}) // AdamW is hidden under Sophia for the last 14% of the plot
    void digitizesToTheBenchPassBar(String id) throws Exception {
        Truth truth = Truth.sample(id);
        DigitizedChart chart = digitizer.digitize(truth.image());

        assertAll(id, TruthComparison.passBarChecks(truth, chart));
    }

    @org.junit.jupiter.api.Test
    void tracesTheLineWhereItPassesBesideTheLegendText() throws Exception {
        // p0027's peak (80 at x 185) passes just right of "Humidity (%)"; its swatch is on the
        // left. Room for a swatch on both sides had cut the peak out of the data.
        Truth truth = Truth.sample("p0027");
        DigitizedChart chart = digitizer.digitize(truth.image());
        double top = chart.series().get(0).points().stream().mapToDouble(p -> p.y()).max().orElseThrow();
        assertEquals(80.0, top, 0.5);
        assertAll("p0027", TruthComparison.passBarChecks(truth, chart));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "p0004"}) // matplotlib classic: the legend's black frame is a box, not a grey line
    void reportsNoSeriesBeyondTheTruth(String id) throws Exception {
        Truth truth = Truth.sample(id);
        DigitizedChart chart = digitizer.digitize(truth.image());
        assertEquals(truth.series().size(), chart.series().size(),
                () -> chart.series().stream().map(s -> s.name() + " " + s.color()).toList().toString());
    }
}
