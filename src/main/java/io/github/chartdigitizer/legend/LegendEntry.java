package io.github.chartdigitizer.legend;

import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.text.Glyph;
import java.util.List;

/**
 * One line of a legend.
 *
 * @param text     the entry's text glyphs
 * @param textBox  where the text is
 * @param exclusion the text plus room for its swatch on either side: left out of the data
 */
public record LegendEntry(List<Glyph> text, PixelBox textBox, PixelBox exclusion) {
    public LegendEntry {
        text = List.copyOf(text);
    }
}
