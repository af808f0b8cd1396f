package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.LineStyle;
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

/** Each series' style guess against the plotting library's own record of how it drew the line. */
class LineStylesTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "p0016", // matplotlib, three lines with markers
        "p0025", // matplotlib, solid and dotted
        "p0061", // gnuplot, a dashed line among solid ones
        "p0107", // matplotlib, solid and dashed
        "p0034", // ggplot2, five solid lines crossing each other
    })
    void guessesHowEachLineIsDrawn(String id) throws Exception {
        Truth truth = Truth.sample(id);
        DigitizedChart chart = digitizer.digitize(truth.image());

        List<Optional<Match>> matches = TruthComparison.match(truth, chart.series().stream().map(Series::points).toList());
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            String name = truth.series().get(i).name();
            String expected = truth.series().get(i).style();
            Optional<Match> m = matches.get(i);
            checks.add(() -> assertTrue(m.isPresent(), name + ": no series matched"));
            m.ifPresent(match -> checks.add(() -> assertEquals(expected,
                    chart.series().get(match.predicted()).style().map(LineStyle::key).orElse("none"), name)));
        }
        assertAll(id, checks);
    }
}
