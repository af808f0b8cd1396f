package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.ticks.LabelParser.Form;
import io.github.chartdigitizer.ticks.LabelParser.ParsedLabel;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables are "input ; expected value ; expected form". Inputs are quoted with ' when they have
 * edge whitespace or a quote of their own ('' inside quotes is one '). Invisible or look-alike
 * characters are written as Java unicode escapes.
 */
class LabelParserTest {

    /** Relative tolerance for expected values. */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static final String NAME = "[{index}] {0} -> {1} {2}";

    private static void assertParses(String input, double expected, Form form) {
        Optional<ParsedLabel> parsed = LabelParser.parse(input);
        assertTrue(parsed.isPresent(), () -> "not parsed: <" + input + ">");
        assertEquals(expected, parsed.get().value(), Math.abs(expected) * RELATIVE_TOLERANCE, input);
        assertEquals(form, parsed.get().form(), input);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "0     ; 0     ; PLAIN",
            "25    ; 25    ; PLAIN",
            "200   ; 200   ; PLAIN",
            "0.001 ; 0.001 ; PLAIN",
            ".5    ; 0.5   ; PLAIN",
            "1.5   ; 1.5   ; PLAIN",
            "-0.5  ; -0.5  ; PLAIN",
            "+3    ; 3     ; PLAIN",
            "-0    ; 0     ; PLAIN",
    })
    void parsesPlainIntegersAndDecimals(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "\u22120.5 ; -0.5  ; PLAIN",       // U+2212 MINUS SIGN, matplotlib's default
            "\u20132   ; -2    ; PLAIN",       // en dash, as Tesseract reads a short minus
            "\u20145   ; -5    ; PLAIN",       // em dash
            "\u221210^3 ; -1000 ; POWER_OF_TEN",
            "\u22121e+02 ; -100 ; E_NOTATION",
            "- 4       ; -4    ; PLAIN",       // OCR space after the sign
    })
    void readsUnicodeMinusAndDashesAsMinus(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "'1,000'       ; 1000    ; PLAIN",
            "'10,000'      ; 10000   ; PLAIN",
            "'1,000,000'   ; 1000000 ; PLAIN",
            "'-2,500'      ; -2500   ; PLAIN",
            "'1,000.5'     ; 1000.5  ; PLAIN",
            "1 000         ; 1000    ; PLAIN",
            "1\u2009000    ; 1000    ; PLAIN",  // thin space (SI style)
            "1\u202F000    ; 1000    ; PLAIN",  // narrow no-break space (d3 fr-FR)
            "1\u00A0000\u00A0000 ; 1000000 ; PLAIN",  // no-break space
    })
    void dropsThousandsSeparators(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "'0,5'     ; 0.5     ; PLAIN",
            "'-1,25'   ; -1.25   ; PLAIN",
            "'12,3456' ; 12.3456 ; PLAIN",
            "'2,5M'    ; 2.5e6   ; SUFFIXED",
    })
    void readsALoneCommaNotFollowedByThreeDigitsAsDecimalPoint(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "1e+04   ; 1e4    ; E_NOTATION",
            "1e4     ; 1e4    ; E_NOTATION",
            "1E-3    ; 0.001  ; E_NOTATION",
            "8e-04   ; 8e-4   ; E_NOTATION",
            "2.5e+06 ; 2.5e6  ; E_NOTATION",
            "1e+00   ; 1      ; E_NOTATION",
            "1.00E+04 ; 1e4   ; E_NOTATION",  // Excel
            "1.E+04  ; 1e4    ; E_NOTATION",
            "-5e-1   ; -0.5   ; E_NOTATION",
            "1.25\u20ac+09 ; 1.25e9 ; E_NOTATION",  // gnuplot's e read as a euro sign
    })
    void parsesENotation(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "10^4        ; 1e4    ; POWER_OF_TEN",
            "10^-3       ; 0.001  ; POWER_OF_TEN",
            "10^\u22123  ; 0.001  ; POWER_OF_TEN",
            "10^0        ; 1      ; POWER_OF_TEN",
            "10^+2       ; 100    ; POWER_OF_TEN",
            "2×10^1      ; 20     ; POWER_OF_TEN",
            "1x10^6      ; 1e6    ; POWER_OF_TEN",
            "1X10^6      ; 1e6    ; POWER_OF_TEN",
            "3*10^2      ; 300    ; POWER_OF_TEN",
            "1·10^6      ; 1e6    ; POWER_OF_TEN",
            "5 × 10^-2   ; 0.05   ; POWER_OF_TEN",
            "2.5×10^3    ; 2500   ; POWER_OF_TEN",
            "10 ^ 5      ; 1e5    ; POWER_OF_TEN",
    })
    void parsesPowersOfTenWrittenWithCaret(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "10k    ; 1e4    ; SUFFIXED",
            "10K    ; 1e4    ; SUFFIXED",
            "2M     ; 2e6    ; SUFFIXED",
            "1.5B   ; 1.5e9  ; SUFFIXED",
            "3G     ; 3e9    ; SUFFIXED",
            "1T     ; 1e12   ; SUFFIXED",
            "10 k   ; 1e4    ; SUFFIXED",  // scales::cut_si puts a space before the prefix
            "-250k  ; -2.5e5 ; SUFFIXED",
            "0.5M   ; 5e5    ; SUFFIXED",
    })
    void scalesMagnitudeSuffixes(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "50%      ; 50    ; PERCENT",
            "12.5 %   ; 12.5  ; PERCENT",
            "'12,5 %' ; 12.5  ; PERCENT",
            "0%       ; 0     ; PERCENT",
            "-10%     ; -10   ; PERCENT",
            "100\u202F% ; 100 ; PERCENT",   // d3 fr-FR percent
    })
    void keepsPercentagesInPercentagePoints(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "'  25  '  ; 25    ; PLAIN",
            "'\t1.5\n' ; 1.5   ; PLAIN",
            "100.      ; 100   ; PLAIN",
            "'''25'    ; 25    ; PLAIN",
            "'25'''    ; 25    ; PLAIN",
            "`40       ; 40    ; PLAIN",
            "\"60\"    ; 60    ; PLAIN",
            "_80       ; 80    ; PLAIN",
            "|25       ; 25    ; PLAIN",
            "25|       ; 25    ; PLAIN",
            "'1,000,'  ; 1000  ; PLAIN",
            "'.5.'     ; 0.5   ; PLAIN",
            "'. 7'     ; 7     ; PLAIN",
            "\u201930  ; 30    ; PLAIN",   // curly apostrophe
            "1e+04.    ; 1e4   ; E_NOTATION",
            "50%.      ; 50    ; PERCENT",
    })
    void ignoresOcrNoiseAroundTheLabel(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "1O0      ; 100   ; PLAIN",
            "l0       ; 10    ; PLAIN",
            "I5       ; 15    ; PLAIN",
            "2o       ; 20    ; PLAIN",
            "1|5      ; 115   ; PLAIN",
            "i2       ; 12    ; PLAIN",
            "O.5      ; 0.5   ; PLAIN",
            "'1,OOO'  ; 1000  ; PLAIN",
            "1Ok      ; 1e4   ; SUFFIXED",
            "2O%      ; 20    ; PERCENT",
            "1e-O4    ; 1e-4  ; E_NOTATION",
            "l0^3     ; 1000  ; POWER_OF_TEN",
    })
    void readsLettersConfusedWithDigitsInsideANumber(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = ';', value = {
            "1 0        ; 10    ; PLAIN",
            "2 5        ; 25    ; PLAIN",
            "1 00       ; 100   ; PLAIN",
            "0.0 5      ; 0.05  ; PLAIN",
            "1 0^4      ; 1e4   ; POWER_OF_TEN",
    })
    void joinsDigitsThatOcrSplitWithSpaces(String input, double expected, Form form) {
        assertParses(input, expected, form);
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @CsvSource(delimiter = ';', value = {
            "''",
            "'   '",
            "abc",
            "Training",
            "e",
            "-",
            "^4",
            "10^",
            "1..2",
            "NaN",
            "Inf",
            "Infinity",
            "1e",
            "1e+",
            "x10^3",       // multiplication sign without a mantissa
            "%",
            "k",
            "5m",          // a lone m is not milli
            "lO",          // letter confusions need a real digit in the token
            "Fig1O",       // digits inside a word
            "--5",
            "+-5",
            "1.2.3",
            "'1,00,000'",  // commas not in groups of 3 and not a lone decimal comma
            "'1234,567'",
            "'0.5,5'",
            "1'000",
            "0x1F",
            "1/2",
            "10^400",      // overflows to infinity
            "1e+999",
            "1e-999",      // underflows to zero
            "~5",
            "5\u20ac3",      // a euro sign stands for e only before a signed exponent
            "5\u20ac",
    })
    void rejectsTextThatIsNotANumber(String input) {
        assertEquals(Optional.empty(), LabelParser.parse(input));
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), LabelParser.parse(null));
    }
}
