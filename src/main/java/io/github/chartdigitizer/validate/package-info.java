/**
 * Checks a textual description of a chart against the chart's image.
 *
 * <p>{@link io.github.chartdigitizer.validate.ClaimExtractor} reads the claims of a description
 * (Markdown or plain text); {@link io.github.chartdigitizer.validate.ClaimChecker} gives each a
 * {@link io.github.chartdigitizer.validate.Verdict} from a
 * {@link io.github.chartdigitizer.model.DigitizedChart}, with the tolerances of a
 * {@link io.github.chartdigitizer.validate.ValidationConfig};
 * {@link io.github.chartdigitizer.validate.ReportText} and
 * {@link io.github.chartdigitizer.validate.ReportJson} render the
 * {@link io.github.chartdigitizer.validate.ValidationReport}. Depends on {@code model} only (and
 * {@code output.Version} for the report's tool version).
 *
 * <pre>{@code
 * DigitizedChart chart = Digitizer.create(DigitizerConfig.DEFAULTS).digitize(image);
 * List<Claim> claims = new ClaimExtractor().extract(Files.readString(description));
 * ValidationReport report = new ClaimChecker(ValidationConfig.DEFAULTS).check(chart, "chart.md", claims);
 * report.hasContradiction();
 * }</pre>
 */
package io.github.chartdigitizer.validate;
