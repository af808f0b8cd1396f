/**
 * Immutable records passed between the pipeline stages.
 *
 * <p><b>Coordinates.</b> All pixel coordinates are continuous image coordinates: origin at the
 * top-left corner of the image, +x to the right, +y downwards, and pixel (i, j) covers
 * [i, i+1) &times; [j, j+1), so its centre is (i + 0.5, j + 0.5). This is the convention of the
 * chartbench truth files, so a plot area or tick position can be compared with them directly.
 *
 * <p><b>Values.</b> Data values are in data units. On a logarithmic axis the <em>display
 * space</em> is log10(value); pixels map linearly to display space.
 */
package io.github.chartdigitizer.model;
