package io.github.chartdigitizer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.testsupport.TruthComparison.Match;
import io.github.chartdigitizer.testsupport.TruthComparison.Result;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The comparison must be able to fail: the cases of chartbench's {@code score.py --self-test},
 * on the seed chart's truth (linear x 0..200, log y 1..10^4, 401 points).
 */
class TruthComparisonTest {
    private static final Truth SEED = Truth.sample("l0_over_training_steps");
    private static final List<DataPoint> POINTS = SEED.series().get(0).points();

    private static Result compare(List<DataPoint> predicted) {
        return TruthComparison.compare(SEED.series().get(0), predicted, SEED.x(), SEED.y());
    }

    private static List<DataPoint> map(UnaryOperator<DataPoint> f) {
        return POINTS.stream().map(f).toList();
    }

    @Test
    void perfectCopyCoversEverythingWithoutError() {
        Result r = compare(POINTS);
        assertEquals(1.0, r.coverage());
        assertEquals(0.0, r.meanError(), 1e-12);
        assertTrue(r.passes());
    }

    @Test
    void measuresErrorInDisplaySpaceAsShareOfSpan() {
        // y times 10^0.2 is a shift of 0.2 decades: 5% of the 4-decade span.
        Result r = compare(map(p -> new DataPoint(p.x(), p.y() * Math.pow(10, 0.2))));
        assertEquals(1.0, r.coverage());
        assertEquals(0.05, r.meanError(), 1e-9);
        assertFalse(r.passes());
    }

    @Test
    void missingSecondHalfHalvesCoverage() {
        Result r = compare(POINTS.stream().filter(p -> p.x() <= 100).toList());
        assertEquals(0.5, r.coverage(), 0.01);
        assertFalse(r.passes());
    }

    @Test
    void doesNotBridgeGapsWiderThanThreePercentOfSpan() {
        // A hole from x = 50 to 70 (10% of the span) in a prediction that is exact elsewhere.
        Result r = compare(POINTS.stream().filter(p -> p.x() <= 50 || p.x() >= 70).toList());
        assertEquals(0.9, r.coverage(), 0.01);
        assertEquals(0.0, r.meanError(), 1e-12);
    }

    @Test
    void bridgesNarrowGapsAndExtendsEndsByHalfAPercent() {
        // Every 5th point (spacing 2.5 = 1.25% of the span), ending 0.5 (0.25%) short of both ends.
        List<DataPoint> sparse = POINTS.stream()
                .filter(p -> p.x() == 0.5 || p.x() == 199.5 || p.x() % 2.5 == 0 && p.x() > 0 && p.x() < 200).toList();
        assertEquals(1.0, compare(sparse).coverage());
        // Ending 2.5 (1.25%) short is beyond the tolerance: positions 0 and 1.005 (and their
        // mirror images at the far end) are lost.
        List<DataPoint> short2 = sparse.stream().filter(p -> p.x() >= 2.5 && p.x() <= 197.5).toList();
        assertEquals(196.0 / 200, compare(short2).coverage());
    }

    @Test
    void ignoresPointsThatHaveNoLogValue() {
        List<DataPoint> withJunk = new java.util.ArrayList<>(POINTS);
        withJunk.add(new DataPoint(100, 0));
        withJunk.add(new DataPoint(101, -5));
        withJunk.add(new DataPoint(102, Double.NaN));
        assertEquals(0.0, compare(withJunk).meanError(), 1e-12);
    }

    @Test
    void matchesEachTruthSeriesToItsOwnPredictionOnce() {
        List<DataPoint> shifted = map(p -> new DataPoint(p.x(), p.y() * 2));
        List<Optional<Match>> m = TruthComparison.match(SEED, List.of(shifted, POINTS, POINTS));
        assertEquals(1, m.size());
        assertEquals(1, m.get(0).orElseThrow().predicted());
        assertTrue(m.get(0).orElseThrow().result().passes());
    }

    @Test
    void leavesTruthUnmatchedWhenNothingOverlaps() {
        List<DataPoint> elsewhere = List.of(new DataPoint(300, 5), new DataPoint(400, 6));
        assertTrue(TruthComparison.match(SEED, List.of(elsewhere)).get(0).isEmpty());
    }
}
