package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.output.ChartCsv;
import io.github.chartdigitizer.output.ChartJson;
import io.github.chartdigitizer.output.Sampling;
import io.github.chartdigitizer.select.SeriesSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chartdigitizer digitize IMAGE}. */
@Command(name = "digitize", mixinStandardHelpOptions = true,
        description = {"Digitizes one chart image (PNG, JPEG, BMP, GIF, TIFF) and prints its data as JSON.",
            "",
            "The JSON holds the title and axis titles, the plot area in pixels, each axis' scale "
                + "(linear or log), its range at the plot edges and every tick label read (with whether the "
                + "calibration used it), and one series per line colour with its points in data units. "
                + "\"confidence\" (0..1, on the chart, each axis and each series) says how far to trust it: "
                + "0.8 or more is trustworthy. Labels the fit rejected and other doubts are listed under "
                + "\"warnings\"."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the chart was digitized",
            "1:internal error (a bug: please report it)",
            "2:usage error (bad option or argument)",
            "3:no chart found in the image (no axes or plot frame)",
            "5:file missing or unreadable",
            "6:not an image (unknown format or empty file)",
            "7:image truncated or corrupt",
            "8:image too large",
            "9:an axis could not be calibrated (tick labels missing or unreadable)",
            "10:no data series found in the plot area"})
final class DigitizeCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The chart image.")
    Path image;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE instead of standard output.")
    Path output;

    @Option(names = "--points", paramLabel = "N",
            description = "Report each series at N evenly spaced x values across its range "
                    + "(default: one point per pixel column).")
    Integer points;

    @Option(names = "--at", paramLabel = "X1,X2,...", split = ",",
            description = "Report each series only at these x values (data units); values outside a "
                    + "series' x range are left out.")
    List<Double> at;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or csv (series,color,x,y rows).")
    Format format;

    @Option(names = "--csv", description = "Same as --format csv.")
    boolean csv;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "Also write a PNG showing what was found: the image dimmed, the plot area, each tick "
                    + "label with its reading (accepted green, rejected red), the fit's residuals, each series "
                    + "with its name and confidence, and the warnings. Written also when digitizing fails. "
                    + "If FILE is a folder: FILE/<image name>.overlay.png.")
    Path overlay;

    @Option(names = "--no-titles", description = "Skip reading the title and axis titles (faster).")
    boolean noTitles;

    @CommandLine.Mixin
    SeriesOptions seriesOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Sampling sampling;
        try {
            sampling = sampling();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (csv && format != Format.csv && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--csv and --format " + format + " disagree");
        }
        Format effective = csv ? Format.csv : format;
        SeriesSelection selection = seriesOptions.selection(spec.commandLine());
        Digitizer digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(!noTitles));
        DigitizedChart chart;
        try {
            chart = selection.apply(overlay == null ? digitizer.digitize(image)
                    : OverlayOutput.digitize(digitizer, image, OverlayOutput.resolve(overlay, image)));
        } catch (ImageLoadException | DigitizeException e) {
            return ExitCodes.report(err, image, e);
        } catch (IOException e) {
            err.println("chartdigitizer: cannot write overlay " + overlay + ": " + e.getMessage());
            return ExitCodes.MISSING_FILE;
        }
        String text = effective == Format.csv ? ChartCsv.write(chart, sampling) : ChartJson.write(chart, sampling) + "\n";
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(output, text);
        } catch (IOException e) {
            err.println("chartdigitizer: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.MISSING_FILE;
        }
        return ExitCodes.OK;
    }

    private Sampling sampling() {
        if (points != null && at != null) {
            throw new IllegalArgumentException("--points and --at cannot be used together");
        }
        if (points != null) {
            return new Sampling.Evenly(points);
        }
        if (at != null) {
            return new Sampling.AtX(at);
        }
        return new Sampling.EveryColumn();
    }
}
