package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.validate.Claim;
import io.github.chartdigitizer.validate.ClaimChecker;
import io.github.chartdigitizer.validate.ClaimExtractor;
import io.github.chartdigitizer.validate.ReportJson;
import io.github.chartdigitizer.validate.ReportText;
import io.github.chartdigitizer.validate.ValidationConfig;
import io.github.chartdigitizer.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chartdigitizer validate IMAGE DESCRIPTION}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a textual description of a chart (Markdown or plain text) against the image.",
            "",
            "Digitizes IMAGE, reads the claims of DESCRIPTION (title, axis titles, scales, ranges, tick values "
                + "and intervals, number and colour of lines, data points, trends, maxima and minima) and gives "
                + "each a verdict: supported, contradicted (with what the image shows) or unverifiable (with why; "
                + "interpretations are always unverifiable). Values marked approximate (~, about, roughly) and "
                + "values read off a line may be off by the tolerance; titles and tick values must match exactly "
                + "(modulo case, spaces and the O/0, l/I/1 confusions)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:no claim is contradicted",
            "1:internal error (a bug: please report it)",
            "2:usage error (bad option or argument)",
            "3:no chart found in the image",
            "4:at least one claim is contradicted by the image",
            "5:image or description missing or unreadable",
            "6:not an image",
            "7:image truncated or corrupt",
            "8:image too large",
            "9:an axis could not be calibrated",
            "10:no data series found in the plot area"})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The chart image.")
    Path image;

    @Parameters(index = "1", paramLabel = "DESCRIPTION", description = "The description (Markdown or text); - for stdin.")
    String description;

    @Option(names = "--json", description = "Print the report as JSON instead of text.")
    boolean json;

    @Option(names = "--tolerance", paramLabel = "SHARE",
            description = "How far an approximate value may be from the image, as a share of the axis span in "
                    + "display space (relative on a log axis). Default: ${DEFAULT-VALUE}.")
    double tolerance = ValidationConfig.DEFAULTS.tolerance();

    /** Standard input, replaceable in tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        ValidationConfig config = toConfig();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = readDescription();
        } catch (IOException e) {
            err.println("chartdigitizer: " + description + ": cannot read description: " + e.getMessage());
            return ExitCodes.MISSING_FILE;
        }
        DigitizedChart chart;
        try {
            chart = Digitizer.create(DigitizerConfig.DEFAULTS).digitize(image);
        } catch (ImageLoadException | DigitizeException e) {
            return ExitCodes.report(err, image, e);
        }
        List<Claim> claims = new ClaimExtractor().extract(text);
        ValidationReport report = new ClaimChecker(config).check(chart, descriptionName(), claims);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ReportJson.write(report) + "\n" : ReportText.render(report));
        out.flush();
        return report.hasContradiction() ? ExitCodes.CONTRADICTED : ExitCodes.OK;
    }

    private ValidationConfig toConfig() {
        try {
            return ValidationConfig.DEFAULTS.withTolerance(tolerance);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tolerance: " + e.getMessage());
        }
    }

    private String readDescription() throws IOException {
        if (description.equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(description), StandardCharsets.UTF_8);
    }

    private String descriptionName() {
        return description.equals("-") ? "<stdin>" : Path.of(description).getFileName().toString();
    }
}
