package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.TextGroup;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSlantTest {
    /** Five x labels 15 px wide and 26 px tall, as "10^k" turned upright with 12 px digits. */
    private static final List<TextGroup> UPRIGHT_LABELS = Collections.nCopies(5,
            TextGroup.of(List.of(new Glyph(new PixelBox(0, 0, 15, 26), 120))));

    private static List<LabelSlant> measured(double... degrees) {
        return java.util.Arrays.stream(degrees).mapToObj(d -> new LabelSlant(d, 4, 0, 0, 13)).toList();
    }

    @Test
    void uprightPowersLeaningBackByTheirExponentStandAtARightAngle() {
        // rot/p0019: matplotlib's 10^1..10^5 turned 90 degrees measure 105.7-106.8 degrees,
        // since their 9 px exponents count as full-size ink. Read at 106 they were read level.
        assertEquals(90, LabelSlant.axisDegrees(UPRIGHT_LABELS, measured(105.7, 106.8, 105.9, 106.0, 106.3), 12));
        assertEquals(-90, LabelSlant.axisDegrees(UPRIGHT_LABELS, measured(-105.7, -106.8, -105.9, -106.0, -106.3), 12));
    }

    @Test
    void slantsWithinARightAngleAreKeptAndBeyondTheLeanAreNone() {
        assertEquals(45.2, LabelSlant.axisDegrees(UPRIGHT_LABELS, measured(44.9, 45.2, 45.0, 45.5, 45.3), 12), 1e-9);
        assertEquals(0, LabelSlant.axisDegrees(UPRIGHT_LABELS, measured(130, 131, 129, 130, 132), 12));
    }

    @Test
    void labelsNoTallerThanLevelTextAreLevel() {
        assertEquals(0, LabelSlant.axisDegrees(UPRIGHT_LABELS, measured(106, 106, 106, 106, 106), 20));
    }
}
