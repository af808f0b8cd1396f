package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.diagnostics.DiagnosticReport;
import io.github.chartdigitizer.diagnostics.DiagnosticsCollector;
import io.github.chartdigitizer.diagnostics.DiagnosticsRecorder;
import io.github.chartdigitizer.diagnostics.TracedLine;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.testsupport.Truth;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the pipeline records while digitizing, and the confidence it puts on the result. */
class DigitizerDiagnosticsTest {
    private static Digitizer digitizer;
    private static DigitizedChart seed;
    private static DiagnosticReport report;

    @BeforeAll
    static void digitizeSeed() throws Exception {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
        DiagnosticsCollector diag = DiagnosticsRecorder.collecting();
        seed = digitizer.digitize(Truth.SAMPLES.resolve("l0_over_training_steps.png"), diag);
        report = diag.report();
    }

    @Test
    void trustsTheSeedChart() {
        ChartConfidence c = seed.confidence().orElseThrow();
        assertTrue(c.score() >= 0.8 && c.score() <= 1, () -> "chart " + c);
        assertTrue(c.x().score() >= 0.8 && c.y().score() >= 0.8, c::toString);
        for (Series s : seed.series()) {
            double score = s.confidence().orElseThrow().score();
            assertTrue(score >= 0.8 && score <= 1, s.name() + " " + score);
        }
        assertEquals(9, c.x().labelsUsed());
        assertEquals(5, c.y().labelsUsed());
    }

    @Test
    void recordsEveryStageOfTheSeedChart() {
        assertEquals("l0_over_training_steps.png", report.image());
        assertEquals(640, report.width());
        assertEquals(seed.plotArea(), report.frame().orElseThrow().area());
        assertEquals(seed.x(), report.x().orElseThrow());
        assertEquals(seed.y(), report.y().orElseThrow());
        assertTrue(report.yLabels().stream().allMatch(l -> l.status() == TickLabel.Status.ACCEPTED), report.yLabels()::toString);
        TracedLine line = report.traces().stream().filter(t -> t.fate() == TracedLine.Fate.SERIES).findFirst().orElseThrow();
        assertEquals(seed.series().get(0).name(), line.name());
        assertEquals(seed.series().get(0).points().size(), line.xs().length);
        assertEquals(seed.confidence(), report.confidence());
        assertTrue(report.succeeded());
    }

    @Test
    void recordsWhereItStoppedOnABlankImage() {
        int[] white = new int[300 * 200];
        Arrays.fill(white, 0xffffff);
        DiagnosticsCollector diag = DiagnosticsRecorder.collecting();
        DigitizeException e = assertThrows(DigitizeException.class,
                () -> digitizer.digitize(new RasterImage(300, 200, white), "blank.png", diag));
        DiagnosticReport r = diag.report();
        assertEquals(Stage.PLOT_AREA, r.failure().orElseThrow().stage());
        assertEquals(e.getMessage(), r.failure().orElseThrow().message());
        assertTrue(r.frame().isEmpty());
        assertTrue(r.confidence().isEmpty());
        assertEquals(300, r.width());
    }

    @Test
    void recordsNothingWhenNobodyLooks() {
        assertTrue(!DiagnosticsRecorder.none().enabled());
    }
}
