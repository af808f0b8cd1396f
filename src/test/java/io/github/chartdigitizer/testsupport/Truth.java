package io.github.chartdigitizer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.image.ImageLoader;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.ScaleType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a chartbench {@code <id>.truth.json} the tests compare against (format: the
 * "Truth file" section of the chartbench README). Values are in data units; pixels are
 * continuous image coordinates, as in {@code model/package-info.java}.
 *
 * @param image    the chart image, next to the truth file
 * @param plotArea {@code [left, top, right, bottom]} of the data rectangle, in pixels
 * @param x        the displayed x limits and scale
 * @param y        the displayed y limits and scale
 */
public record Truth(String id, Path image, double[] plotArea, Optional<String> title, Optional<String> xLabel,
                    Optional<String> yLabel, AxisTruth x, AxisTruth y, List<SeriesTruth> series) {

    /** The project's sample charts ({@code samples/}; surefire runs in the project folder). */
    public static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Truth {
        plotArea = plotArea.clone();
        series = List.copyOf(series);
    }

    /**
     * One axis: {@code min} maps to the left (x) or bottom (y) plot edge, {@code max} to the
     * right or top, linearly in display space (log10 on a log axis).
     */
    public record AxisTruth(ScaleType scale, double min, double max) {
        /** Value to display space. */
        public double display(double value) {
            return scale.toDisplay(value);
        }

        /** max - min in display space. */
        public double displaySpan() {
            return Math.abs(display(max) - display(min));
        }
    }

    /**
     * One plotted series: the exact points passed to the plotting library, in data units.
     *
     * @param color {@code #rrggbb}
     */
    /** @param style how the library drew it: solid, dashed, dotted or markers (null if unrecorded) */
    public record SeriesTruth(String name, String color, String style, List<DataPoint> points) {
        public SeriesTruth {
            points = List.copyOf(points);
        }
    }

    /** The chart image, decoded as the pipeline decodes it (for tests that redraw it first). */
    public RasterImage raster() throws ImageLoadException {
        return new ImageLoader(ImageLoader.Limits.DEFAULTS).load(image);
    }

    /** The truth of sample {@code id}: {@code samples/<id>.truth.json}. */
    public static Truth sample(String id) {
        return load(SAMPLES.resolve(id + ".truth.json"));
    }

    public static Truth load(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read truth " + file, e);
        }
        JsonNode pa = root.required("plot_area");
        double[] area = {pa.get(0).asDouble(), pa.get(1).asDouble(), pa.get(2).asDouble(), pa.get(3).asDouble()};
        List<SeriesTruth> series = new ArrayList<>();
        for (JsonNode s : root.required("series")) {
            List<DataPoint> pts = new ArrayList<>();
            for (JsonNode p : s.required("points")) {
                pts.add(new DataPoint(p.get(0).asDouble(), p.get(1).asDouble()));
            }
            series.add(new SeriesTruth(s.path("name").asText(null), s.required("color").asText(),
                    s.path("style").asText(null), pts));
        }
        return new Truth(root.required("id").asText(), file.resolveSibling(root.required("image").asText()), area,
                text(root, "title"), text(root, "x_label"), text(root, "y_label"),
                axis(root.required("x_axis")), axis(root.required("y_axis")), series);
    }

    private static AxisTruth axis(JsonNode a) {
        ScaleType scale = ScaleType.valueOf(a.required("scale").asText().toUpperCase(Locale.ROOT));
        return new AxisTruth(scale, a.required("min").asDouble(), a.required("max").asDouble());
    }

    private static Optional<String> text(JsonNode root, String key) {
        JsonNode n = root.path(key);
        return n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }
}
