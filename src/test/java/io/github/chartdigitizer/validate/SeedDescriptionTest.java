package io.github.chartdigitizer.validate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.validate.Verdict.Status;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Descriptions checked against the seed chart (samples/l0_over_training_steps.png), digitized
 * once: the seed description itself, descriptions with one planted error each, and a description
 * of another chart.
 */
class SeedDescriptionTest {
    private static DigitizedChart seed;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ClaimChecker checker = new ClaimChecker(ValidationConfig.DEFAULTS);

    @BeforeAll
    static void digitize() throws Exception {
        seed = Digitizer.create(DigitizerConfig.DEFAULTS).digitize(Truth.SAMPLES.resolve("l0_over_training_steps.png"));
    }

    private ValidationReport validate(String descriptionFile) {
        return checker.check(seed, descriptionFile, extractor.extract(ClaimExtractorTest.description(descriptionFile)));
    }

    private static String show(ValidationReport r) {
        return ReportText.render(r);
    }

    /** The verdict on the claim with this short form on this line. */
    private static Status statusOf(ValidationReport r, int line, String form) {
        List<Verdict> vs = r.verdicts().stream()
                .filter(v -> v.claim().line() == line && v.claim().detail().describe().equals(form)).toList();
        assertEquals(1, vs.size(), () -> "no single claim '" + form + "' on line " + line + ":\n" + show(r));
        return vs.get(0).status();
    }

    @Test
    void supportsEveryCheckableClaimOfTheSeedDescription() {
        ValidationReport r = validate("l0-over-training-steps.md");
        assertAll(
                () -> assertFalse(r.hasContradiction(), () -> show(r)),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 5, "title \"L0 over Training Steps\"")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 6, "x axis title \"Training steps (M)\"")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 7, "y axis title \"L0\"")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 3, "y axis scale log")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 7, "y axis scale log")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 6, "x axis range 0 to 200")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 7, "y axis range 1 to 10,000")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 6, "x axis ticks every 25")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 7, "y axis ticks at 1, 10, 100, 1000, 10,000")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 8, "1 line")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 8, "line colour blue")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 10, "blue line: point (~0, ~10,000)")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 3, "trend decreasing")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 20, "trend steep then gradual")),
                () -> assertEquals(Status.SUPPORTED, statusOf(r, 21, "trend steep then gradual")));
        List<String> points = List.of("(0, ~10,000)", "(25, ~100)", "(50, ~20)", "(75, ~10)", "(100, ~8)", "(125, ~7)",
                "(150, ~6)", "(175, ~5)", "(200, ~4)");
        for (int i = 0; i < points.size(); i++) {
            assertEquals(Status.SUPPORTED, statusOf(r, 12 + i, "point " + points.get(i)));
        }
    }

    @Test
    void listsTheSeedDescriptionsInterpretationsAsUnverifiable() {
        ValidationReport r = validate("l0-over-training-steps.md");
        Predicate<Verdict> generalization = v -> v.claim().sentence().contains("improved model generalization")
                && v.claim().kind() == Claim.Kind.INTERPRETATION;
        assertTrue(r.verdicts().stream().anyMatch(generalization), () -> show(r));
        assertTrue(r.verdicts().stream().filter(v -> v.claim().kind() == Claim.Kind.INTERPRETATION
                || v.claim().kind() == Claim.Kind.UNRECOGNISED).allMatch(v -> v.status() == Status.UNVERIFIABLE));
        assertTrue(r.verdicts().stream().filter(v -> v.status() == Status.UNVERIFIABLE)
                .allMatch(v -> v.claim().kind() == Claim.Kind.INTERPRETATION
                        || v.claim().kind() == Claim.Kind.UNRECOGNISED), () -> show(r));
    }

    /** Each planted error is the one contradiction: caught, and nothing true flagged with it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "planted-wrong-point.md,          POINT,         '(100, ~80)'",
        "planted-wrong-scale.md,          SCALE,         'linear scale'",
        "planted-wrong-tick-interval.md,  TICK_INTERVAL, 'intervals of 20'",
        "planted-wrong-title.md,          TITLE,         'Loss over'",
        "planted-wrong-colour.md,         SERIES_COLOR,  'red line'",
        "planted-increasing-trend.md,     TREND,         'increasing trend'",
    })
    void catchesThePlantedError(String file, Claim.Kind kind, String planted) {
        ValidationReport r = validate(file);
        List<Verdict> contradicted = r.verdicts().stream().filter(v -> v.status() == Status.CONTRADICTED).toList();
        assertEquals(1, contradicted.size(), () -> show(r));
        Verdict v = contradicted.get(0);
        assertAll(
                () -> assertEquals(kind, v.claim().kind(), () -> show(r)),
                () -> assertTrue(v.claim().sentence().contains(planted), v.claim().sentence()),
                () -> assertTrue(v.measured().isPresent(), "a contradiction says what the image shows"),
                () -> assertTrue(r.counts().get(Status.SUPPORTED) >= 3, () -> show(r)));
    }

    @Test
    void saysWhatTheImageShowsWhenAPointIsWrong() {
        ValidationReport r = validate("planted-wrong-point.md");
        Verdict v = r.verdicts().stream().filter(x -> x.status() == Status.CONTRADICTED).findFirst().orElseThrow();
        double measured = Double.parseDouble(v.measured().orElseThrow());
        assertEquals(8.0, measured, 0.5, v.reason());
        assertTrue(v.reason().contains("factor"), v.reason());
    }

    @Test
    void contradictsMostClaimsOfADescriptionOfAnotherChart() {
        ValidationReport r = validate("runtime-loglog.md");
        Map<Status, Integer> n = r.counts();
        int checked = n.get(Status.SUPPORTED) + n.get(Status.CONTRADICTED);
        assertTrue(n.get(Status.CONTRADICTED) >= 0.75 * checked, () -> show(r));
        Map<Claim.Kind, Long> contradictedKinds = r.verdicts().stream().filter(v -> v.status() == Status.CONTRADICTED)
                .collect(Collectors.groupingBy(v -> v.claim().kind(), Collectors.counting()));
        assertTrue(contradictedKinds.keySet().containsAll(List.of(Claim.Kind.TITLE, Claim.Kind.AXIS_TITLE,
                Claim.Kind.SCALE, Claim.Kind.RANGE, Claim.Kind.TICK_VALUES, Claim.Kind.POINT, Claim.Kind.TREND,
                Claim.Kind.EXTREMUM)), contradictedKinds::toString);
    }

    @Test
    void widerToleranceLetsARoughPointPass() {
        String text = "* (100, ~12)";
        List<Claim> claims = extractor.extract(text);
        assertEquals(Status.CONTRADICTED, checker.check(seed, "t", claims).verdicts().get(0).status(),
                "8 and 12 are told apart on this chart");
        assertEquals(Status.SUPPORTED, new ClaimChecker(ValidationConfig.DEFAULTS.withTolerance(0.06))
                .check(seed, "t", claims).verdicts().get(0).status());
    }
}
