package io.github.chartdigitizer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as descriptions write them. */
class QuantityTest {
    @ParameterizedTest(name = "{0} = {1}, approximate {2}")
    @CsvSource(delimiter = '|', value = {
        "25            | 25      | false",
        "-0.5          | -0.5    | false",
        "−5            | -5      | false",
        ".5            | 0.5     | false",
        "10,000        | 10000   | false",
        "1,000,000     | 1e6     | false",
        "10^4          | 1e4     | false",
        "10^-4         | 1e-4    | false",
        "10^{-4}       | 1e-4    | false",
        "10⁴           | 1e4     | false",
        "10⁻³          | 1e-3    | false",
        "2×10^3        | 2000    | false",
        "2 x 10^3      | 2000    | false",
        "1e4           | 1e4     | false",
        "1.5E-03       | 0.0015  | false",
        "10k           | 1e4     | false",
        "2.5M          | 2.5e6   | false",
        "3 million     | 3e6     | false",
        "~100          | 100     | true",
        "~10,000       | 10000   | true",
        "≈ 5           | 5       | true",
        "approximately 7 | 7     | true",
        "approx. 7     | 7       | true",
        "about 8       | 8       | true",
        "around 1e-3   | 0.001   | true",
        "roughly 10k   | 1e4     | true",
        "nearly 80     | 80      | true",
    })
    void readsNumberForms(String text, double value, boolean approximate) {
        Optional<Quantity> q = Quantity.parse(text);
        assertTrue(q.isPresent(), () -> "not read: " + text);
        assertEquals(value, q.get().value(), Math.abs(value) * 1e-12, text);
        assertEquals(approximate, q.get().approximate(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L0", "abc", "1,00", "10^", "", "~", "0,100", "10 m"})
    void refusesTextThatIsNotOneNumber(String text) {
        assertEquals(Optional.empty(), Quantity.parse(text), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "99.61234 | 99.61",
        "10000    | 10,000",
        "100000   | 1e5",
        "0.000138 | 1.38e-4",
        "-0.0195  | -0.0195",
        "8        | 8",
        "0        | 0",
    })
    void formatsValuesForReports(double value, String expected) {
        assertEquals(expected, Quantity.format(value));
    }
}
