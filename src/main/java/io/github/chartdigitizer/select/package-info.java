/**
 * Choosing which of a digitized chart's series to report: those of one colour, or the most
 * trustworthy few ({@code --color}, {@code --max-series}).
 */
package io.github.chartdigitizer.select;
