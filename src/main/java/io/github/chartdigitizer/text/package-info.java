/**
 * Layout analysis of the text around the plot area: ink components, grouped into text lines
 * and labels, and OCR of those groups (tick labels, title, axis titles).
 */
package io.github.chartdigitizer.text;
