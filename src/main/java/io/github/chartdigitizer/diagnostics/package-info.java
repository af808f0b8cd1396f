/**
 * What each stage found and rejected, recorded while a chart is digitized
 * ({@link io.github.chartdigitizer.diagnostics.DiagnosticsRecorder}), collected into an
 * immutable {@link io.github.chartdigitizer.diagnostics.DiagnosticReport}, and drawn over the
 * image by {@link io.github.chartdigitizer.diagnostics.OverlayRenderer}, so that a user sees at a
 * glance whether to trust the numbers. The report is kept up to the stage that failed, so an
 * overlay also shows how far a failed chart got.
 */
package io.github.chartdigitizer.diagnostics;
