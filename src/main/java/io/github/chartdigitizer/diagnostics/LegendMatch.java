package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.model.PixelBox;

/**
 * A legend entry that named a series: its text beside a swatch of the series' colour.
 *
 * @param color packed 0xRRGGBB of the series
 * @param name  the text as read
 * @param text  where the entry's text is
 */
public record LegendMatch(int color, String name, PixelBox text) {
}
