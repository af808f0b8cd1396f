/**
 * Tick labels: where they are (beside the x and y axes), where their ticks are (tick marks or
 * grid lines), and what they say (OCR, then {@link io.github.chartdigitizer.ticks.LabelParser}).
 */
package io.github.chartdigitizer.ticks;
