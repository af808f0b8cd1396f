package io.github.chartdigitizer;

/** The pipeline stages, in order. */
public enum Stage {
    LOAD, PLOT_AREA, TICK_LABELS, CALIBRATION, SEGMENTATION, TRACING, OUTPUT
}
