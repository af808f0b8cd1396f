package io.github.chartdigitizer.ocr;

/** Tesseract page-segmentation modes used here (values from tesseract's PageSegMode). */
public enum SegMode {
    /** A single uniform block of text. */
    BLOCK(6),
    /** A single text line: tick labels and titles. */
    LINE(7),
    /** A single word. */
    WORD(8),
    /** A single character: a lone exponent digit. */
    CHAR(10),
    /** A single text line, without Tesseract's own line and word finding. */
    RAW_LINE(13);

    final int code;

    SegMode(int code) {
        this.code = code;
    }
}
