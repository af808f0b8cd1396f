package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.testsupport.TruthComparison;
import io.github.chartdigitizer.testsupport.TruthComparison.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
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
        "p0003"}) // its x labels fit no scale as read at 40 px; read again at 32 px they do
    void digitizesToTheBenchPassBar(String id) throws Exception {
        Truth truth = Truth.sample(id);
        DigitizedChart chart = digitizer.digitize(truth.image());

        List<List<DataPoint>> predicted = chart.series().stream().map(Series::points).toList();
        List<Optional<Match>> matches = TruthComparison.match(truth, predicted);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(truth.x().scale(), chart.x().scale(), "x scale"));
        checks.add(() -> assertEquals(truth.y().scale(), chart.y().scale(), "y scale"));
        for (int i = 0; i < matches.size(); i++) {
            String name = truth.series().get(i).name() + " (" + truth.series().get(i).color() + ")";
            Optional<Match> m = matches.get(i);
            checks.add(() -> assertTrue(m.isPresent(), name + ": not matched by any of "
                    + chart.series().stream().map(Series::color).toList()));
            m.ifPresent(match -> checks.add(() -> assertTrue(match.result().passes(),
                    name + " matched " + chart.series().get(match.predicted()).color() + ": " + match.result())));
        }
        assertAll(id, checks);
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
