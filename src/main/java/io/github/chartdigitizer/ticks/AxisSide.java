package io.github.chartdigitizer.ticks;

/** Which side of the plot area an axis' labels are on. */
public enum AxisSide {
    BOTTOM, TOP, LEFT, RIGHT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
