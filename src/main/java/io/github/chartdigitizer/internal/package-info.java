/** Helpers shared by the stages. Not API: may change without notice. */
package io.github.chartdigitizer.internal;
