package io.github.chartdigitizer.select;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Stage;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.model.SeriesConfidence;
import io.github.chartdigitizer.validate.BasicColor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which series of a chart to keep.
 *
 * @param color     a {@code #rrggbb} colour, kept are the series within {@link #MAX_DELTA_E} of
 *                  it (anti-aliasing and JPEG shift a line's colour); or a colour word ("blue",
 *                  "grey"), kept are the series nearest that name. Empty: any colour.
 * @param maxSeries keep at most this many series, the most confident (then the widest) first,
 *                  in their original order. Empty: all.
 */
public record SeriesSelection(Optional<String> color, OptionalInt maxSeries) {
    /** Every series. */
    public static final SeriesSelection ALL = new SeriesSelection(Optional.empty(), OptionalInt.empty());

    /** Largest CIELAB distance (ΔE 1976) from a requested {@code #rrggbb} to a kept series' colour. */
    public static final double MAX_DELTA_E = 25;

    public SeriesSelection {
        color = color.map(SeriesSelection::normalise);
        if (maxSeries.isPresent() && maxSeries.getAsInt() < 1) {
            throw new IllegalArgumentException("--max-series must be at least 1: " + maxSeries.getAsInt());
        }
    }

    /** {@code "#1F77B4"}, {@code "1f77b4"} to {@code "#1f77b4"}; a colour word as written, lower case. */
    private static String normalise(String c) {
        String s = c.strip().toLowerCase(Locale.ROOT);
        if (s.matches("#?[0-9a-f]{6}")) {
            return s.startsWith("#") ? s : "#" + s;
        }
        if (BasicColor.named(s).isEmpty()) {
            throw new IllegalArgumentException("unknown colour \"" + c + "\": give #rrggbb or a name such as blue, "
                    + "orange, green, red, purple, brown, pink, grey, olive, cyan, black");
        }
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The chart with only the selected series.
     *
     * @throws DigitizeException (no series) when none is left, naming the colours there were
     */
    public DigitizedChart apply(DigitizedChart chart) throws DigitizeException {
        List<Series> kept = new ArrayList<>(chart.series());
        if (color.isPresent()) {
            kept.removeIf(s -> !matches(s.color()));
            if (kept.isEmpty()) {
                throw new DigitizeException(Stage.OUTPUT, DigitizeException.Reason.NO_SERIES,
                        "no series of colour " + color.get() + " (the chart's series: "
                                + String.join(", ", chart.series().stream().map(Series::color).toList()) + ")");
            }
        }
        if (maxSeries.isPresent() && kept.size() > maxSeries.getAsInt()) {
            List<Series> from = List.copyOf(kept);
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, from.size()).boxed().toList());
            order.sort(Comparator.comparingDouble((Integer i) -> from.get(i).confidence().map(SeriesConfidence::score).orElse(0.0))
                    .thenComparingDouble(i -> from.get(i).coverage()).reversed());
            Set<Integer> top = Set.copyOf(order.subList(0, maxSeries.getAsInt()));
            kept.clear();
            for (int i = 0; i < from.size(); i++) {
                if (top.contains(i)) {
                    kept.add(from.get(i));
                }
            }
        }
        return kept.size() == chart.series().size() ? chart : chart.withSeries(kept);
    }

    private boolean matches(String seriesColor) {
        String c = color.orElseThrow();
        if (c.startsWith("#")) {
            return BasicColor.deltaE(c, seriesColor) <= MAX_DELTA_E;
        }
        return BasicColor.named(c).orElseThrow().contains(BasicColor.nearest(seriesColor));
    }
}
