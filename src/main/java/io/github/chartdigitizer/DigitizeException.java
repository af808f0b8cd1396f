package io.github.chartdigitizer;

/** The image was read but no trustworthy data could be extracted from it. */
public class DigitizeException extends Exception {
    private final Stage stage;
    private final Reason reason;

    /** Why a chart could not be read. */
    public enum Reason {
        /** No plot area (axes, frame or panel) found: probably not a chart. */
        NO_PLOT_AREA("no chart found: no axes or plot frame"),
        /** Too few readable numeric tick labels on an axis. */
        TOO_FEW_TICK_LABELS("too few readable tick labels"),
        /** The tick labels do not form a consistent linear or log scale. */
        AXIS_NOT_CALIBRATED("axis could not be calibrated"),
        /** Nothing that looks like a plotted line inside the plot area. */
        NO_SERIES("no data series found");

        private final String summary;

        Reason(String summary) {
            this.summary = summary;
        }

        public String summary() {
            return summary;
        }
    }

    public DigitizeException(Stage stage, Reason reason, String detail) {
        super(reason.summary() + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.stage = stage;
        this.reason = reason;
    }

    public Stage stage() {
        return stage;
    }

    public Reason reason() {
        return reason;
    }
}
