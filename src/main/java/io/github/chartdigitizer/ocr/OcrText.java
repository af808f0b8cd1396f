package io.github.chartdigitizer.ocr;

/**
 * What the engine read.
 *
 * @param text       trimmed UTF-8 text, "" when nothing
 * @param confidence mean word confidence 0..1
 */
public record OcrText(String text, double confidence) {
}
