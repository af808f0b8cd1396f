package io.github.chartdigitizer.model;

/**
 * A long straight horizontal or vertical line, or the edge of a filled panel: frame, spine or
 * grid line.
 *
 * @param horizontal true for a horizontal line (then {@code pos} is y and start/end are x)
 * @param pos        centre across the line, continuous image coordinates
 * @param start      where the line starts along its length (continuous, inclusive)
 * @param end        where it ends (continuous, exclusive)
 * @param thickness  rows (or columns) it covers, in whole pixels
 * @param kind       a drawn line, or the edge of a filled panel
 * @param color      typical colour, packed 0xRRGGBB
 */
public record RuleLine(boolean horizontal, double pos, double start, double end, int thickness, Kind kind,
                       int color) {
    /** What made the line. */
    public enum Kind { LINE, PANEL_EDGE }

    public double length() {
        return end - start;
    }
}
