package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.image.ImageLoadException;

/** Exit codes, one per kind of failure, so scripts can tell them apart. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int NO_CHART = 3;
    /** {@code validate}: the image contradicts at least one claim of the description. */
    public static final int CONTRADICTED = 4;
    public static final int MISSING_FILE = 5;
    public static final int NOT_AN_IMAGE = 6;
    public static final int TRUNCATED = 7;
    public static final int TOO_LARGE = 8;
    public static final int NOT_CALIBRATED = 9;
    public static final int NO_SERIES = 10;
    /** 128 + SIGINT, as a shell reports Ctrl-C; the JVM itself exits 130 (SIGINT) or 143 (SIGTERM). */
    public static final int INTERRUPTED = 130;


    private ExitCodes() {
    }

    public static int of(ImageLoadException e) {
        return switch (e.kind()) {
            case MISSING, NOT_A_FILE, UNREADABLE -> MISSING_FILE;
            case EMPTY, NOT_AN_IMAGE -> NOT_AN_IMAGE;
            case TRUNCATED -> TRUNCATED;
            case TOO_LARGE -> TOO_LARGE;
        };
    }

    public static int of(DigitizeException e) {
        return switch (e.reason()) {
            case NO_PLOT_AREA -> NO_CHART;
            case TOO_FEW_TICK_LABELS, AXIS_NOT_CALIBRATED -> NOT_CALIBRATED;
            case NO_SERIES -> NO_SERIES;
        };
    }

    /** Reports a chart that could not be read as one line on {@code err}; returns its exit code. */
    static int report(java.io.PrintWriter err, java.nio.file.Path image, Exception e) {
        err.println("chartdigitizer: " + image + ": " + e.getMessage());
        if (e instanceof ImageLoadException ile) {
            return of(ile);
        }
        if (e instanceof DigitizeException de) {
            return of(de);
        }
        return INTERNAL;
    }
}
