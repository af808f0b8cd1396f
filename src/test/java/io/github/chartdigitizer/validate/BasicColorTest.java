package io.github.chartdigitizer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BasicColorTest {
    /** matplotlib's tab10 cycle, the colours most described charts use, then a few others. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "#1f77b4, BLUE", "#ff7f0e, ORANGE", "#2ca02c, GREEN", "#d62728, RED", "#9467bd, PURPLE",
        "#8c564b, BROWN", "#e377c2, PINK", "#7f7f7f, GRAY", "#bcbd22, OLIVE", "#17becf, CYAN",
        "#000000, BLACK", "#2279b5, BLUE", "#0000ff, BLUE", "#ff0000, RED", "#9400d3, PURPLE",
    })
    void namesLineColoursAsPeopleDo(String hex, BasicColor expected) {
        assertEquals(expected, BasicColor.nearest(hex));
    }

    @Test
    void readsColourWordsWithTheirSynonyms() {
        assertEquals(Optional.of(Set.of(BasicColor.GRAY)), BasicColor.named("grey"));
        assertEquals(Optional.of(Set.of(BasicColor.OLIVE)), BasicColor.named("Yellow"));
        assertEquals(Optional.of(Set.of(BasicColor.BLUE, BasicColor.CYAN)), BasicColor.named("light  blue"));
        assertTrue(BasicColor.named("chartreuse-ish").isEmpty());
    }
}
