/** Fits each axis' pixel-to-value mapping (linear or log10) to its tick labels. */
package io.github.chartdigitizer.calibration;
