/**
 * Legends inside the plot area: their entries' text, where their swatches are (so the legend
 * never becomes data), and which entry names which series.
 */
package io.github.chartdigitizer.legend;
