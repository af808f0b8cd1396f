package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AxisOffsetTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1e6; true; 1e6",
        "1e-5; true; 1e-5",
        "1e\u22125; true; 1e-5",
        "\u00d710^6; true; 1e6",
        "x10^3; true; 1e3",
        "+1e6; false; 1e6",
        "+2e3; false; 2e3",
        "\u22121e6; false; -1e6",
    })
    void parsesMatplotlibOffsetAndMultiplierText(String text, boolean multiply, double value) {
        AxisOffset o = AxisOffset.parse(text).orElseThrow();
        assertEquals(multiply, o.multiply());
        assertEquals(value, o.value(), Math.abs(value) * 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Training", "2e6", "250", "1e"})
    void rejectsTextThatIsNoOffset(String text) {
        assertTrue(AxisOffset.parse(text).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void appliesMultiplierAndOffset() {
        assertEquals(3.2e6, new AxisOffset(true, 1e6).apply(3.2), 1e-6);
        assertEquals(1000030.0, new AxisOffset(false, 1e6).apply(30), 1e-9);
    }
}
