package io.github.chartdigitizer.text;

/**
 * How crops are prepared for OCR.
 *
 * @param targetHeight height in pixels tick labels are scaled to. 40: Tesseract's LSTM reads best
 *                     with capitals of roughly 30-50 px; chart fonts are 8-16 px.
 * @param retryHeight  the height an axis's tick labels are read at again when they fit no scale
 *                     at {@code targetHeight}. Tesseract's LSTM is not stable under scale: the
 *                     bench's p0003 labels read wrong at 40 px and right at 24 to 56 px. 32.
 * @param titleHeight  the same for titles, axis titles and legend entries. 28: these are long
 *                     lines, and OCR time grows with the pixels; on the bench they read as
 *                     well as at 40 (titles 249 vs 248 of 311 exact, legend names 108 vs 107
 *                     of 113, within the scatter Tesseract shows from one scale to the next).
 * @param maxScale     largest enlargement. 6 keeps 7 px labels readable without huge crops.
 * @param padding      white border as a share of the target height. 0.5: Tesseract misses
 *                     characters that touch the crop edge.
 */
public record OcrConfig(int targetHeight, int retryHeight, int titleHeight, double maxScale, double padding) {
    public static final OcrConfig DEFAULTS = new OcrConfig(40, 32, 28, 6.0, 0.5);

    public OcrConfig {
        if (targetHeight < 8 || retryHeight < 8 || titleHeight < 8) {
            throw new IllegalArgumentException("text heights must be >= 8: " + targetHeight + ", " + retryHeight + ", "
                    + titleHeight);
        }
        if (!(maxScale >= 1)) {
            throw new IllegalArgumentException("maxScale must be >= 1: " + maxScale);
        }
        if (!(padding >= 0)) {
            throw new IllegalArgumentException("padding must be >= 0: " + padding);
        }
    }

    /** The same settings with tick labels read at {@code height}. */
    public OcrConfig withTargetHeight(int height) {
        return new OcrConfig(height, retryHeight, titleHeight, maxScale, padding);
    }
}
