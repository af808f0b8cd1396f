/** picocli commands only: options to config, library calls, output and exit codes. */
package io.github.chartdigitizer.cli;
