package io.github.chartdigitizer.model;

import java.util.List;

/**
 * What the plot-area stage found: the data rectangle, the colours around it and every long
 * line it saw (later stages use grid lines for ticks and leave them out of the data).
 *
 * @param pageColor  background of the page, packed 0xRRGGBB
 * @param panelColor background inside the plot area, packed 0xRRGGBB
 */
public record PlotFrame(PlotArea area, int pageColor, int panelColor, List<RuleLine> lines) {
    public PlotFrame {
        lines = List.copyOf(lines);
    }
}
