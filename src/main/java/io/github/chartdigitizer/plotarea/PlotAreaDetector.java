package io.github.chartdigitizer.plotarea;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PlotFrame;

/** Finds the data rectangle of a chart. */
public interface PlotAreaDetector {
    PlotFrame detect(RasterImage image) throws DigitizeException;
}
