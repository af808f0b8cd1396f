package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Every series of the sample charts with a legend carries its legend entry's text exactly (the
 * series matched to the truth's by their points, as the bench scorer does).
 */
class LegendNamesTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "p0016", // matplotlib, legend inside the axes
        "p0018", // gnuplot key: swatches right of the text, two dashed
        "p0034", // ggplot2, five entries outside the panel
        "p0054", // gnuplot key box touching the descenders of "Weight decay"
        "p0033", // matplotlib see-through legend crossed by grid lines
        "p0025", // a dotted swatch ("TopK")
        "p0004", // a marker swatch with dark marker edges ("eval")
        "p0110", // "AdamW", read as "AdamwWw" at the first scale
    })
    void namesEverySeriesFromItsLegend(String id) throws Exception {
        Truth truth = Truth.sample(id);
        DigitizedChart chart = digitizer.digitize(truth.image());

        List<Optional<Match>> matches = TruthComparison.match(truth, chart.series().stream().map(Series::points).toList());
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            String expected = truth.series().get(i).name();
            Optional<Match> m = matches.get(i);
            checks.add(() -> assertTrue(m.isPresent(), expected + ": no series matched"));
            m.ifPresent(match -> checks.add(() -> assertEquals(expected, chart.series().get(match.predicted()).name())));
        }
        assertAll(id, checks);
    }
}
