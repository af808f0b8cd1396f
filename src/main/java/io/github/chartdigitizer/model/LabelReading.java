package io.github.chartdigitizer.model;

/** How an axis's tick labels were read, which bears on how far its calibration is trusted. */
public enum LabelReading {
    /** Level labels read with OCR. */
    OCR,
    /** Labels the plotting library turned, read with OCR turned level. */
    TURNED,
    /**
     * Labels too small or blurred for OCR, read by drawing candidate label sequences and keeping
     * the one that matches the ink best.
     */
    MATCHED
}
