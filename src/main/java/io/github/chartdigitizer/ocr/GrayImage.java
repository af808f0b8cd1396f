package io.github.chartdigitizer.ocr;

/**
 * An 8-bit grey image handed to the OCR engine: dark text on a light background, row-major.
 */
public record GrayImage(int width, int height, byte[] pixels) {
    public GrayImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("bad grey image " + width + "x" + height);
        }
    }
}
