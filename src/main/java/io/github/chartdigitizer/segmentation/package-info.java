/** Separates the plotted lines inside the plot area by colour. */
package io.github.chartdigitizer.segmentation;
