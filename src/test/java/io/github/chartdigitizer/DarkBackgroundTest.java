package io.github.chartdigitizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.testsupport.DarkPanel;
import io.github.chartdigitizer.testsupport.DarkTheme;
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
 * Light text on a dark background (gnuplot's dark terminal): the gnuplot samples redrawn dark
 * (see {@link DarkTheme}) are held to the same pass bar as the samples themselves. Tick labels
 * are ink lighter than the page there, and the OCR crop is turned black on white.
 */
class DarkBackgroundTest {
    private static Digitizer digitizer;

    @BeforeAll
    static void createDigitizer() {
        digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p0019", "p0054", "p0061", "p0072"})
    void digitizesTheDarkVersionToTheBenchPassBar(String id) throws Exception {
        Truth truth = Truth.sample(id);
        RasterImage light = truth.raster();
        DigitizedChart chart = digitizer.digitize(DarkTheme.of(light, DarkTheme.GNUPLOT_DARK), id + "-dark");

        List<Executable> checks = new ArrayList<>(TruthComparison.passBarChecks(truth, chart));
        checks.add(() -> assertEquals(truth.series().size(), chart.series().size(), "series found"));
        assertAll(id, checks);
    }

    /**
     * A black line on ggplot2 theme_dark's mid-grey panel (see {@link DarkPanel}): it stands
     * out darker, though the panel is under mid-grey luma, and by less than on a white panel.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p0114"})
    void findsABlackLineOnAMidGreyPanel(String id) throws Exception {
        Truth truth = Truth.sample(id);
        RasterImage light = truth.raster();
        DigitizedChart chart = digitizer.digitize(DarkPanel.of(light), id + "-dark-panel");
        List<Optional<Match>> matches = TruthComparison.match(truth, chart.series().stream().map(Series::points).toList());
        assertAll(id,
                () -> assertEquals(truth.y().scale(), chart.y().scale(), "y scale"),
                () -> assertTrue(matches.get(0).isPresent() && matches.get(0).get().result().passes(),
                        () -> matches.get(0).map(m -> m.result().toString()).orElse("not matched")));
    }
}
