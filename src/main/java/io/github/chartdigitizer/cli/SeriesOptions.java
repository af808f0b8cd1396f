package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.select.SeriesSelection;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --color} and {@code --max-series}, shared by {@code digitize} and {@code batch}. */
final class SeriesOptions {
    @Option(names = "--color", paramLabel = "COLOR",
            description = "Report only the series of this colour: #rrggbb (series within a small perceptual "
                    + "distance of it) or a name (blue, orange, green, red, purple, brown, pink, grey, olive, cyan, "
                    + "black). A chart with none fails with \"no data series\".")
    String color;

    @Option(names = "--max-series", paramLabel = "N",
            description = "Report at most N series: the most confident ones.")
    Integer maxSeries;

    /** The selection asked for; a bad colour or count is a usage error. */
    SeriesSelection selection(CommandLine cmd) {
        try {
            return new SeriesSelection(Optional.ofNullable(color),
                    maxSeries == null ? OptionalInt.empty() : OptionalInt.of(maxSeries));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }
}
