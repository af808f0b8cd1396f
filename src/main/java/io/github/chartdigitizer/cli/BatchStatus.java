package io.github.chartdigitizer.cli;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.image.ImageLoadException;

/**
 * The {@code status} of one input in {@code summary.jsonl}: one distinct value per kind of
 * failure, so a script can count or retry them separately. The spelling is part of the output
 * format; {@link #key()} is what is written.
 */
enum BatchStatus {
    OK("ok"),
    /** The path does not exist. */
    MISSING("missing"),
    /** A folder or device where an image file was expected. */
    NOT_A_FILE("not_a_file"),
    /** Exists but cannot be read (permissions, I/O error). */
    UNREADABLE("unreadable"),
    /** Zero bytes. */
    EMPTY("empty"),
    /** No image format recognised (a text file, say). */
    NOT_AN_IMAGE("not_an_image"),
    /** A PNG or JPEG cut short, or otherwise corrupt. */
    TRUNCATED("truncated"),
    /** Over the size limit by its header; refused before decoding. */
    TOO_LARGE("too_large"),
    /** No axes or plot frame: a photo, a blank page, not a chart. */
    NO_CHART("no_chart"),
    /** A chart, but too few of its tick labels could be read. */
    TOO_FEW_TICK_LABELS("too_few_tick_labels"),
    /** Tick labels read, but they fit no linear or log scale. */
    AXIS_NOT_CALIBRATED("axis_not_calibrated"),
    /** Axes calibrated, but no plotted line found. */
    NO_SERIES("no_series"),
    /** Digitized, but OUTDIR/name.json could not be written. */
    WRITE_FAILED("write_failed"),
    /** A bug: an unexpected exception, named in the reason. */
    INTERNAL_ERROR("internal_error"),
    /** The run was stopped (Ctrl-C) before this input was done; {@code --resume} retries it. */
    INTERRUPTED("interrupted");

    private final String key;

    BatchStatus(String key) {
        this.key = key;
    }

    /** The value in {@code summary.jsonl}; Jackson reads and writes this spelling. */
    @JsonValue
    String key() {
        return key;
    }

    static BatchStatus of(ImageLoadException e) {
        return switch (e.kind()) {
            case MISSING -> MISSING;
            case NOT_A_FILE -> NOT_A_FILE;
            case UNREADABLE -> UNREADABLE;
            case EMPTY -> EMPTY;
            case NOT_AN_IMAGE -> NOT_AN_IMAGE;
            case TRUNCATED -> TRUNCATED;
            case TOO_LARGE -> TOO_LARGE;
        };
    }

    static BatchStatus of(DigitizeException e) {
        return switch (e.reason()) {
            case NO_PLOT_AREA -> NO_CHART;
            case TOO_FEW_TICK_LABELS -> TOO_FEW_TICK_LABELS;
            case AXIS_NOT_CALIBRATED -> AXIS_NOT_CALIBRATED;
            case NO_SERIES -> NO_SERIES;
        };
    }
}
