package io.github.chartdigitizer.ocr;

import java.util.List;

/**
 * What the engine read.
 *
 * @param text       trimmed UTF-8 text, "" when nothing
 * @param confidence mean word confidence 0..1
 * @param symbols    each recognised character with its box in the crop, in reading order (empty
 *                   unless asked for)
 */
public record OcrText(String text, double confidence, List<Symbol> symbols) {
    public OcrText {
        symbols = List.copyOf(symbols);
    }

    public OcrText(String text, double confidence) {
        this(text, confidence, List.of());
    }

    /** One character and its box in the OCR crop's pixels (right and bottom exclusive). */
    public record Symbol(String text, int left, int top, int right, int bottom) {
        public int width() {
            return right - left;
        }

        public int height() {
            return bottom - top;
        }
    }
}
