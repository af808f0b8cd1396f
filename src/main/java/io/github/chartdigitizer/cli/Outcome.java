package io.github.chartdigitizer.cli;

import java.util.Objects;

/**
 * One line of {@code summary.jsonl}: what became of one input.
 *
 * @param file    the input path as given on the command line (or found under a folder)
 * @param status  {@link BatchStatus#key()}: {@code ok} or why not
 * @param reason  the failure in words, null when {@code ok}
 * @param seconds wall time for this input (load, digitize, write), in seconds, rounded to ms
 * @param series  number of series written, 0 on failure
 */
record Outcome(String file, BatchStatus status, String reason, double seconds, int series) {
    Outcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("seconds must be >= 0: " + seconds);
        }
        if (series < 0) {
            throw new IllegalArgumentException("series must be >= 0: " + series);
        }
        seconds = Math.round(seconds * 1000) / 1000.0;
    }

    boolean ok() {
        return status == BatchStatus.OK;
    }

    /** The same result, filed under another spelling of the input path. */
    Outcome withFile(String f) {
        return new Outcome(f, status, reason, seconds, series);
    }
}
