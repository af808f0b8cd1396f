package io.github.chartdigitizer.diagnostics;

import io.github.chartdigitizer.Stage;

/**
 * Why digitizing stopped.
 *
 * @param stage   the stage that gave up
 * @param message what went wrong, in plain words
 */
public record Failure(Stage stage, String message) {
}
