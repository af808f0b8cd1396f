package io.github.chartdigitizer.validate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.Axis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims read from the ways people and vision-language models write about charts. */
class ClaimExtractorTest {
    static final Path DESCRIPTIONS = Path.of(System.getProperty("basedir", "."), "src/test/resources/descriptions");

    private final ClaimExtractor extractor = new ClaimExtractor();

    static String description(String name) {
        try {
            return Files.readString(DESCRIPTIONS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> describe(String text) {
        return extractor.extract(text).stream().map(c -> c.detail().describe()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The y-axis is displayed on a logarithmic scale.            | y axis scale log",
        "The x-axis uses a linear scale and the y-axis a log scale. | y axis scale log; x axis scale linear",
        "Both axes are logarithmic.                                 | x axis scale log; y axis scale log",
        "A log-log plot.                                            | x axis scale log; y axis scale log",
        "The use of a logarithmic scale.                            | an axis scale log",
        "The x-axis ranges from 0 to 200.                           | x axis range 0 to 200",
        "The y axis spans 10^-4 to 10^2.                            | y axis range 1e-4 to 100",
        "Tick marks at intervals of 25 on the x-axis.               | x axis ticks every 25",
        "The y-axis has ticks at every power of ten.                | y axis ticks every factor 10",
        "The x-axis has tick labels at 0, 50, 100, 150 and 200.     | x axis ticks at 0, 50, 100, 150, 200",
        "Tick marks are displayed at 1, 10, 100, 1000, and 10000.   | an axis ticks at 1, 10, 100, 1000, 10,000",
        "The y ticks read 10^0, 10^1, ..., 10^4.                    | statement",
        "A single blue line.                                        | 1 line; line colour blue",
        "Two lines: an orange line and a green line.                | 2 lines; line colour orange; line colour green",
        "The title is \"L0 over Training Steps\".                   | title \"L0 over Training Steps\"",
        "The x-axis is labeled \"Training steps (M)\".              | x axis title \"Training steps (M)\"",
        "(25, ~100)                                                 | point (25, ~100)",
        "(0, ~10,000)                                               | point (0, ~10,000)",
        "(100,000, ~80)                                             | point (1e5, ~80)",
        "(10^4, ~2)                                                 | point (10,000, ~2)",
        "(1e4, 10k)                                                 | point (10,000, 10,000)",
        "It is about 8 at 100.                                      | point (100, ~8)",
        "At x = 150, the value is roughly 6.                        | point (150, ~6)",
        "The line starts at approximately (0, 10,000).              | point (~0, ~10,000)",
        "The line starts at approximately 10,000 and ends at about 4. | point starts at ~10,000; point ends at ~4",
        "The blue line drops to ~10 by x = 75.                      | blue line: point (75, ~10)",
        "The chart shows a decreasing trend.                        | trend decreasing",
        "L0 decreases as the number of training steps increases.    | trend decreasing",
        "Runtime increases steadily with input size.                | trend increasing",
        "Steep initially, then gradual.                             | trend steep then gradual",
        "A rapid decrease, followed by a slower, more gradual decrease. | trend steep then gradual",
        "The curve appears to be approaching an asymptote.          | trend steep then gradual",
        "The slope gradually decreases as the training steps increase. | trend steep then gradual",
        "The growth accelerates towards the end.                    | trend gradual then steep",
        "The values plateau after step 150.                         | trend plateau",
        "The line reaches a maximum of 120 at x = 50.               | maximum of 120 at x = 50",
        "The minimum is at the end.                                 | minimum at the end",
        "The maximum, about 80 s, is at the end.                    | maximum of ~80 at the end",
        "The blue line rises, then falls.                           | blue line: maximum",
        "The x-axis, labeled 'Training steps (M)', goes from 0 to 200. | x axis title \"Training steps (M)\"; x axis range 0 to 200",
        "* **Y-axis:** L0 (log scale, 10^0 to 10^4)                 | y axis scale log; y axis range 1 to 10,000",
        "On the y-axis, L0 falls from 10,000 to 4.                  | trend decreasing",
        "There is one line, colored blue.                           | 1 line; line colour blue",
        "Only one data series is plotted, in blue.                  | 1 line; line colour blue",
        "L0 drops sharply from about 10,000 at step 0 to around 100 at step 25. | point (0, ~10,000); point (25, ~100); trend decreasing",
        "By step 100, L0 has fallen to roughly 8.                   | point (100, ~8)",
        "The lowest value, about 4, occurs at the end.              | minimum of ~4 at the end",
        "It peaks at around 10,000 at the start.                    | maximum of ~10,000 at the start",
        "The curve peaks at 120 at x = 40.                          | maximum of 120 at x = 40",
        "The maximum is at x = 40.                                  | maximum at x = 40",
        "Values range from about 4 to 10,000.                       | minimum of ~4; maximum of 10,000",
        "The maximum is at the start and the minimum, about 4, at the end. | maximum at the start; minimum of ~4 at the end",
    })
    void readsClaimForms(String sentence, String expected) {
        assertEquals(Arrays.stream(expected.split(";")).map(String::strip).toList(), describe(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "This indicates improved generalization.                          | interpretation \"This indicates improved generalization.\"",
        "Training would be slower without it.                             | interpretation \"Training would be slower without it.\"",
        "The decreasing L0 indicates that the model becomes increasingly sparse. | trend decreasing; interpretation \"indicates that the model becomes increasingly sparse.\"",
        "The image presents a line chart.                                 | statement",
    })
    void listsInterpretationsInsteadOfDroppingThem(String sentence, String expected) {
        assertEquals(Arrays.stream(expected.split(";")).map(String::strip).toList(), describe(sentence), sentence);
    }

    @Test
    void readsAxisFromTheBulletLabel() {
        List<Claim> claims = extractor.extract("""
                * **X-axis:** "Training steps (M)" - The scale ranges from 0 to 200.
                * **Y-axis:** "L0" - The scale is logarithmic, ranging from 1 to 10,000 (10^4).
                """);
        assertEquals(List.of(
                new Claim.AxisTitle(Axis.X, "Training steps (M)"),
                new Claim.Range(Optional.of(Axis.X), Quantity.exact(0), Quantity.exact(200)),
                new Claim.AxisTitle(Axis.Y, "L0"),
                new Claim.Scale(Optional.of(Axis.Y), io.github.chartdigitizer.model.ScaleType.LOG),
                new Claim.Range(Optional.of(Axis.Y), Quantity.exact(1), Quantity.exact(10_000))),
                claims.stream().map(Claim::detail).toList());
        assertEquals(List.of(1, 1, 2, 2, 2), claims.stream().map(Claim::line).toList());
    }

    @Test
    void skipsCommentsHeadingsAndLeadInsButKeepsLineNumbers() {
        List<Claim> claims = extractor.extract("""
                <!-- a comment that says
                the line is red -->
                ### Detailed Analysis
                Here's an approximate reconstruction of data points:
                * (25, ~100)
                """);
        assertEquals(1, claims.size(), () -> claims.toString());
        assertEquals(5, claims.get(0).line());
        assertEquals(Claim.Kind.POINT, claims.get(0).kind());
    }

    @Test
    void readsEveryClaimKindTheSeedDescriptionMakes() {
        List<Claim> claims = extractor.extract(description("l0-over-training-steps.md"));
        Set<String> forms = claims.stream().map(c -> c.detail().describe()).collect(Collectors.toSet());
        assertAll(
                () -> assertTrue(forms.containsAll(List.of("title \"L0 over Training Steps\"",
                        "x axis title \"Training steps (M)\"", "y axis title \"L0\"", "y axis scale log",
                        "x axis range 0 to 200", "y axis range 1 to 10,000", "x axis ticks every 25",
                        "y axis ticks at 1, 10, 100, 1000, 10,000", "1 line", "line colour blue",
                        "trend decreasing", "trend steep then gradual", "blue line: point (~0, ~10,000)")), forms::toString),
                () -> assertEquals(List.of("point (0, ~10,000)", "point (25, ~100)", "point (50, ~20)", "point (75, ~10)",
                        "point (100, ~8)", "point (125, ~7)", "point (150, ~6)", "point (175, ~5)", "point (200, ~4)"),
                        claims.stream().filter(c -> c.line() >= 12 && c.line() <= 20 && c.kind() == Claim.Kind.POINT)
                                .map(c -> c.detail().describe()).toList()),
                () -> assertTrue(claims.stream().anyMatch(c -> c.kind() == Claim.Kind.INTERPRETATION
                        && c.sentence().contains("improved model generalization"))),
                () -> assertTrue(claims.stream().noneMatch(c -> c.detail() instanceof Claim.Trend t
                        && t.shape() == Claim.Shape.INCREASING), "an 'increasing' read from the interpretations"));
    }
}
