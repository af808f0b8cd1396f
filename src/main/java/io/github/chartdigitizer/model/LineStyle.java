package io.github.chartdigitizer.model;

import java.util.Locale;

/** How a series is drawn, as guessed from its trace. */
public enum LineStyle {
    /** An unbroken line. */
    SOLID,
    /** Regular dashes. */
    DASHED,
    /** Regular dots, each about as long as the line is thick. */
    DOTTED,
    /** Markers (circles, squares, triangles) on the line, or markers alone. */
    MARKERS;

    /** Lower-case name used in the JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
