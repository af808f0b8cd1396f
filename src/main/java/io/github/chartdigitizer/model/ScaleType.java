package io.github.chartdigitizer.model;

/** How an axis maps values to pixels. */
public enum ScaleType {
    /** value = a + b * pixel. */
    LINEAR,
    /** log10(value) = a + b * pixel. */
    LOG;

    /** Value to display space (identity, or log10). */
    public double toDisplay(double value) {
        return this == LOG ? Math.log10(value) : value;
    }

    /** Display space back to a value. */
    public double fromDisplay(double display) {
        return this == LOG ? Math.pow(10, display) : display;
    }

    /** Lower-case name used in JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
