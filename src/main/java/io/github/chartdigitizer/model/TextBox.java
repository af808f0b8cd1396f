package io.github.chartdigitizer.model;

/**
 * A piece of text found in the image and what OCR read in it.
 *
 * @param box        where the ink is
 * @param text       what was read ("" when nothing)
 * @param confidence OCR confidence 0..1
 */
public record TextBox(PixelBox box, String text, double confidence) {
    public TextBox {
        text = text == null ? "" : text;
    }
}
