package io.github.chartdigitizer.text;

import io.github.chartdigitizer.model.PixelBox;

/** One connected component of ink: a character, part of one, or a mark. */
public record Glyph(PixelBox box, int pixels) {
}
