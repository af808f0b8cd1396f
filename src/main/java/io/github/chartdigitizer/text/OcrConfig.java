package io.github.chartdigitizer.text;

/**
 * How crops are prepared for OCR.
 *
 * @param targetHeight height in pixels the text is scaled to. 40: Tesseract's LSTM reads best
 *                     with capitals of roughly 30-50 px; chart fonts are 8-16 px.
 * @param maxScale     largest enlargement. 6 keeps 7 px labels readable without huge crops.
 * @param padding      white border as a share of the target height. 0.5: Tesseract misses
 *                     characters that touch the crop edge.
 */
public record OcrConfig(int targetHeight, double maxScale, double padding) {
    public static final OcrConfig DEFAULTS = new OcrConfig(40, 6.0, 0.5);

    public OcrConfig {
        if (targetHeight < 8) {
            throw new IllegalArgumentException("targetHeight must be >= 8: " + targetHeight);
        }
        if (!(maxScale >= 1)) {
            throw new IllegalArgumentException("maxScale must be >= 1: " + maxScale);
        }
        if (!(padding >= 0)) {
            throw new IllegalArgumentException("padding must be >= 0: " + padding);
        }
    }
}
