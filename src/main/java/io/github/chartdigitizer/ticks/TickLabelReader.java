package io.github.chartdigitizer.ticks;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.text.TextGroup;

/** Reads the text of one tick label. */
public interface TickLabelReader {
    /**
     * @return the text, with a raised exponent written after {@code ^} ("10^4"); "" if nothing
     */
    String read(RasterImage img, TextGroup label, int pageColor);

    /**
     * Reads a label whose text runs at {@code degrees} anticlockwise from level.
     *
     * @return as {@link #read}
     */
    String readRotated(RasterImage img, TextGroup label, int pageColor, double degrees);
}
