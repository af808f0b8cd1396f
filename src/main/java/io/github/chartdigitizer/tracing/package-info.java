/** Follows each series mask column by column into a curve in pixel coordinates. */
package io.github.chartdigitizer.tracing;
