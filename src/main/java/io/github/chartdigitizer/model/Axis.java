package io.github.chartdigitizer.model;

/** The two axes of a chart. */
public enum Axis {
    X, Y;

    /** Lower-case name used in JSON and messages. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
