package io.github.chartdigitizer.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.testsupport.Truth;
import io.github.chartdigitizer.validate.Verdict.Status;
import org.junit.jupiter.api.Test;

/** A description of another chart (samples/p0019.png, gnuplot log-log) against that chart. */
class RuntimeChartTest {
    @Test
    void contradictsNothingInATrueDescriptionOfALogLogChart() throws Exception {
        DigitizedChart chart = Digitizer.create(DigitizerConfig.DEFAULTS).digitize(Truth.SAMPLES.resolve("p0019.png"));
        ValidationReport r = new ClaimChecker(ValidationConfig.DEFAULTS).check(chart, "runtime-loglog.md",
                new ClaimExtractor().extract(ClaimExtractorTest.description("runtime-loglog.md")));
        assertFalse(r.hasContradiction(), () -> ReportText.render(r));
        long points = r.verdicts().stream()
                .filter(v -> v.claim().kind() == Claim.Kind.POINT && v.status() == Status.SUPPORTED).count();
        assertTrue(points >= 7, () -> ReportText.render(r));
    }
}
