package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.diagnostics.DiagnosticReport;
import io.github.chartdigitizer.diagnostics.DiagnosticsCollector;
import io.github.chartdigitizer.diagnostics.DiagnosticsRecorder;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.testsupport.Truth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Confidence on the sample charts agrees with the bench pass bar: the samples that pass it
 * (see {@link SampleChartsTest}) are trusted, the two failing samples are not.
 */
class SampleConfidenceTest {
    /** The threshold the confidence is calibrated for (docs/overlay.md). */
    private static final double TRUSTED = 0.8;
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"l0_over_training_steps", "p0019", "p0015", "p0034", "p0016", "p0012"})
    void trustsChartsThatPass(String id) throws Exception {
        DigitizedChart c = digitizer.digitize(Truth.sample(id).image());
        double score = c.confidence().orElseThrow().score();
        assertTrue(score >= TRUSTED, () -> id + ": " + c.confidence() + " " + c.warnings());
    }

    @Test
    void trustsP0104SinceItsLogAxisIsReadWhole() throws Exception {
        // p0104's log y axis has labels 3, 5, 7. "5" used to read as "Bs", leaving two labels that
        // fit a linear scale exactly, and the confidence flagged it; the binarized second reading
        // now reads all three and the scale comes out log.
        DigitizedChart c = digitizer.digitize(Truth.sample("p0104").image());
        assertEquals(io.github.chartdigitizer.model.ScaleType.LOG, c.y().scale());
        assertTrue(c.y().accepted().size() >= 3, c.y().labels()::toString);
    }

    @Test
    void failsRatherThanGuessExponentsFromMisreadPowers() {
        // p0068: x labels 10^18 .. 10^22 with exponents 4 px tall in a JPEG, read "10^“", "^”",
        // "10”", "10\"^|", "107". Taking "10”" for the number 10 and "107" for 10^7 once
        // anchored a sequence of guesses (10^-5 .. 10^7) and gave values off by 10^12.
        DigitizeException e = assertThrows(DigitizeException.class, () -> digitizer.digitize(Truth.sample("p0068").image()));
        assertEquals(Stage.CALIBRATION, e.stage());
        assertTrue(e.getMessage().contains("x axis"), e.getMessage());
    }

    @Test
    void keepsTheReportOfAChartThatFailsAtCalibration() {
        DiagnosticsCollector diag = DiagnosticsRecorder.collecting();
        DigitizeException e = assertThrows(DigitizeException.class,
                () -> digitizer.digitize(Truth.sample("p0102").image(), diag));
        DiagnosticReport r = diag.report();
        assertEquals(Stage.CALIBRATION, r.failure().orElseThrow().stage());
        assertEquals(e.getMessage(), r.failure().orElseThrow().message());
        assertTrue(r.frame().isPresent(), "the plot area was found before");
        // Its 5 px x labels read as nonsense, and are matched as the sequence they are.
        assertEquals(9, r.xLabels().size(), r.xLabels()::toString);
        assertEquals(List.of(0.0, 25.0, 50.0, 75.0, 100.0, 125.0, 150.0, 175.0, 200.0),
                r.x().orElseThrow().accepted().stream().map(TickLabel::value).toList());
        // Its y labels are 10^1, 10^2 and 10^3 with exponents two pixels wide: 10^4 to 10^6
        // match them as well, so the chart fails rather than give values off by 10^3.
        assertTrue(r.y().isEmpty(), "y was not calibrated");
        // The y title's letters, blurred into one upright run beside 10^2, are not part of it.
        assertEquals(3, r.yLabels().size(), r.yLabels()::toString);
        assertTrue(r.yLabels().stream().allMatch(l -> l.box().height() <= 6), r.yLabels()::toString);
        assertTrue(e.getMessage().contains("y axis"), e.getMessage());
        assertTrue(e.getMessage().contains("match alike"), "the message says why matching did not read y: "
                + e.getMessage());
        assertTrue(r.traces().isEmpty(), "nothing traced after the failure");
    }
}
