package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.text.Glyph;
import io.github.chartdigitizer.text.TextGroup;
import java.util.List;

/**
 * The text around a plot area, sorted into its roles.
 *
 * @param xLabels tick labels of the x axis, left to right
 * @param ySide   side of the y tick labels
 * @param yLabels tick labels of the y axis, top to bottom
 * @param title   glyphs of the title line (empty when none)
 * @param xTitle  glyphs of the x axis title (empty when none)
 * @param yTitle  glyphs of the y axis title, rotated text (empty when none)
 * @param xOffset glyphs of the x axis' offset or multiplier text (matplotlib), empty when none
 * @param yOffset the same for the y axis
 */
public record ChartText(List<TextGroup> xLabels, AxisSide ySide, List<TextGroup> yLabels, List<Glyph> title,
                        List<Glyph> xTitle, List<Glyph> yTitle, List<Glyph> xOffset, List<Glyph> yOffset) {
    public ChartText {
        xLabels = List.copyOf(xLabels);
        yLabels = List.copyOf(yLabels);
        title = List.copyOf(title);
        xTitle = List.copyOf(xTitle);
        yTitle = List.copyOf(yTitle);
        xOffset = List.copyOf(xOffset);
        yOffset = List.copyOf(yOffset);
    }
}
