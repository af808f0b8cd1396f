/** JSON and CSV renderings of a {@link io.github.chartdigitizer.model.DigitizedChart}, and point resampling. */
package io.github.chartdigitizer.output;
