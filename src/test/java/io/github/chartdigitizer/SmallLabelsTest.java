package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.testsupport.Downscaled;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.TruthComparison;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tick labels too small for OCR: samples shrunk to half size (see {@link Downscaled}), whose
 * 5-6 px labels Tesseract reads as noise, are read by matching drawn label sequences
 * ({@link io.github.chartdigitizer.ticks.TickLabelMatcher}) and held to the bench pass bar;
 * the matched axis is reported with a warning and a confidence below 0.8.
 */
class SmallLabelsTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "p0099, y", // gnuplot, linear: 1 1.5 2 ... 5.5, written without trailing zeros
        "p0026, x", // gnuplot, log: 0.001 0.01 ... 100 written out in full
        "p0100, y", // matplotlib: OCR reads "08", "06", "a4", "a2", "00", "-02", which fit a
                    // scale ten times too large; matching reads -0.2 .. 0.8 and overrules it
        "p0098, x"}) // matplotlib, frameless grey panel: the x labels start one blank row under
                     // its edge, and "1750" comes in two pieces
    void readsHalfSizeLabelsByMatching(String id, String matchedAxis) throws Exception {
        Truth truth = Truth.sample(id);
        RasterImage full = truth.raster();
        DigitizedChart chart = digitizer.digitize(Downscaled.half(full), id + "-half");

        List<Executable> checks = new ArrayList<>(TruthComparison.passBarChecks(truth, chart));
        checks.add(() -> assertTrue(chart.warnings().stream().anyMatch(w -> w.startsWith(matchedAxis + " tick labels matched as")),
                chart.warnings()::toString));
        checks.add(() -> assertTrue(chart.confidence().orElseThrow().score() < 0.8, "a matched axis is not trusted fully"));
        checks.add(() -> assertEquals(truth.series().size(), chart.series().size(), "series found"));
        assertAll(id, checks);
    }
}
