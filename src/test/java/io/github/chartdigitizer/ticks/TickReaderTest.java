package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.model.Alternative;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickReaderTest {
    @Test
    void recognisesAxisOfPowersWithMergedExponents() {
        assertTrue(TickReader.mergedPowerAxis(List.of("101", "102", "103")));
        assertTrue(TickReader.mergedPowerAxis(List.of("10-2", "10-1", "100", "101")));
        assertTrue(TickReader.mergedPowerAxis(List.of("100", "102", "104")));
    }

    @Test
    void plainNumbersAreNoMergedPowerAxis() {
        assertFalse(TickReader.mergedPowerAxis(List.of("100", "150", "200")));
        assertFalse(TickReader.mergedPowerAxis(List.of("101", "105", "106")));
        assertFalse(TickReader.mergedPowerAxis(List.of("101")));
        assertFalse(TickReader.mergedPowerAxis(List.of("101", "101")));
    }

    @Test
    void offersPowerForMergedExponentAndDigitsForLetters() {
        assertEquals(10000.0, TickReader.alternatives("104", 104).get(0).value());
        assertTrue(TickReader.alternatives("le+18", Double.NaN).stream().anyMatch(a -> a.value() == 1e18));
        assertTrue(TickReader.alternatives("0,008", 8).stream().anyMatch(a -> a.value() == 0.008));
    }

    @Test
    void offersTheDecimalPointALeadingZeroLost() {
        // "0.9" read as "09" (p0044 at half size): no library writes a leading zero before digits.
        assertTrue(TickReader.alternatives("09", 9).stream().anyMatch(a -> a.value() == 0.9));
        assertTrue(TickReader.alternatives("\u2212025", -25).stream().anyMatch(a -> a.value() == -0.25));
        assertTrue(TickReader.alternatives("10", 10).stream().noneMatch(a -> a.value() == 1.0));
    }

    @Test
    void takesTenWithMarksForAPowerWithAnUnreadExponent() {
        // p0068's 10^19 (an exponent 4 px tall in a JPEG) reads "10”": not the number 10.
        for (String text : List.of("10\u201d", "10'", "10\"", "10*")) {
            assertTrue(TickReader.parse(text).isEmpty(), text);
            List<Alternative> alts = TickReader.alternatives(text, Double.NaN);
            assertTrue(alts.stream().allMatch(a -> a.weight() == Alternative.GUESS), text + " " + alts);
            assertTrue(alts.stream().anyMatch(a -> a.value() == 1e19), text);
        }
        assertEquals(10.0, TickReader.parse("10").orElseThrow().value());
        assertEquals(10.0, TickReader.parse("10%").orElseThrow().value());
    }

    @Test
    void guessesEveryPowerForUnreadableExponentWithLowWeight() {
        List<Alternative> alts = TickReader.alternatives("10°", Double.NaN);
        assertTrue(alts.stream().anyMatch(a -> a.value() == 1e-3 && a.weight() == Alternative.GUESS));
        assertTrue(alts.stream().anyMatch(a -> a.value() == 1e6 && a.weight() == Alternative.GUESS));
        assertTrue(TickReader.alternatives("250", 250).isEmpty());
    }

    @Test
    void guessesLostMantissaOrExponentOfMinorLogLabels() {
        assertTrue(TickReader.alternatives("x10^0", Double.NaN).stream().anyMatch(a -> a.value() == 3.0));
        assertTrue(TickReader.alternatives("6x10\u00b0", Double.NaN).stream().anyMatch(a -> a.value() == 6.0));
        assertTrue(TickReader.alternatives("6x10\u00b0", Double.NaN).stream().anyMatch(a -> a.value() == 600.0));
    }

    @Test
    void readsDegreeSignAfterTenAsRaisedZero() {
        assertTrue(TickReader.alternatives("10\u00b0", Double.NaN).stream()
                .anyMatch(a -> a.value() == 1.0 && a.weight() == Alternative.OCR));
        assertTrue(TickReader.alternatives("6x10\u00b0", Double.NaN).stream()
                .anyMatch(a -> a.value() == 6.0 && a.weight() == Alternative.OCR));
    }

    @Test
    void turnedPowerLabelsLoseTheStrayMarksOfTheirNeighbours() {
        assertEquals("10", TesseractLabelReader.turnedBase("10\u00b0"));
        assertEquals("10", TesseractLabelReader.turnedBase("lo-"));
        assertEquals("10", TesseractLabelReader.turnedBase("10"));
        assertEquals("2x10", TesseractLabelReader.turnedBase("2x10"));
        assertEquals("2", TesseractLabelReader.turnedExponent("\u20182"));
        assertEquals("1", TesseractLabelReader.turnedExponent("\u00abl"));
        assertEquals("-3", TesseractLabelReader.turnedExponent("-3"));
    }

    @Test
    void takesLettersForDigitsInAMergedPowerAxis() {
        assertTrue(TickReader.mergedPowerAxis(List.of("100", "lol", "102", "103")));
    }
}
