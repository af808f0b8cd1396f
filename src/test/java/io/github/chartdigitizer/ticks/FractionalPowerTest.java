package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionalPowerTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"10^-0.5; -0.5", "10^1.5; 1.5", "10^-2.5; -2.5"})
    void parsesHalfDecadePowersOfGgplotLogAxes(String text, double exponent) {
        LabelParser.ParsedLabel p = LabelParser.parse(text).orElseThrow();
        assertEquals(Math.pow(10, exponent), p.value(), 1e-12 * Math.pow(10, exponent));
        assertEquals(LabelParser.Form.POWER_OF_TEN, p.form());
    }
}
