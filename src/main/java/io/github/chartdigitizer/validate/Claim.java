package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.ScaleType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One checkable (or explicitly uncheckable) statement found in a chart description.
 *
 * @param line     1-based line of the description where the sentence starts
 * @param sentence the sentence (or bullet) the claim was read from, Markdown emphasis removed
 * @param detail   what the claim says, parsed
 */
public record Claim(int line, String sentence, Detail detail) {
    public Claim {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(detail, "detail");
    }

    public Kind kind() {
        return detail.kind();
    }

    /** What a claim is about. */
    public enum Kind {
        TITLE, AXIS_TITLE, SCALE, RANGE, TICK_VALUES, TICK_INTERVAL, SERIES_COUNT, SERIES_COLOR, POINT, TREND,
        EXTREMUM,
        /** A reading of what the data means ("indicates improved generalization"): never checkable. */
        INTERPRETATION,
        /** A sentence in which no checkable statement was recognised. */
        UNRECOGNISED;

        /** Lower-case name used in reports. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The parsed content of a claim; {@link #describe()} is its short canonical form for reports. */
    public sealed interface Detail {
        Kind kind();

        String describe();
    }

    /** Which lines a claim is about: those of a colour ("the blue line"), or any. */
    public record SeriesRef(Optional<String> colorWord, Set<BasicColor> colors) {
        public static final SeriesRef ANY = new SeriesRef(Optional.empty(), Set.of());

        public SeriesRef {
            colors = Set.copyOf(colors);
            if (colorWord.isPresent() == colors.isEmpty()) {
                throw new IllegalArgumentException("a series reference names a colour word and its colours, or neither");
            }
        }

        public static SeriesRef of(String word) {
            return BasicColor.named(word).map(c -> new SeriesRef(Optional.of(word.toLowerCase(Locale.ROOT)), c))
                    .orElseThrow(() -> new IllegalArgumentException("not a colour word: " + word));
        }

        String prefix() {
            return colorWord.map(w -> w + " line: ").orElse("");
        }
    }

    /** Where along the line a point or extremum is placed. */
    public enum Place {
        /** At a given x. */
        AT_X,
        /** Where the line starts (its left end). */
        START,
        /** Where the line ends (its right end). */
        END,
        /** Not said. */
        UNSPECIFIED
    }

    /** Shapes of a line a trend claim may state. */
    public enum Shape {
        INCREASING, DECREASING,
        /** Steep at first, then gradual: flattening, approaching an asymptote, diminishing, converging. */
        STEEP_THEN_GRADUAL,
        /** Gradual at first, then steep: accelerating. */
        GRADUAL_THEN_STEEP,
        /** Levelling off at the end. */
        PLATEAU;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Which extreme of a line. */
    public enum Extreme {
        MAXIMUM, MINIMUM;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How consecutive tick values are spaced. */
    public enum Spacing {
        /** A constant difference ("intervals of 25"). */
        ADDITIVE,
        /** A constant ratio ("every power of ten"). */
        MULTIPLICATIVE
    }

    /** The chart title. */
    public record Title(String text) implements Detail {
        public Kind kind() {
            return Kind.TITLE;
        }

        public String describe() {
            return "title \"" + text + "\"";
        }
    }

    /** An axis title. */
    public record AxisTitle(Axis axis, String text) implements Detail {
        public Kind kind() {
            return Kind.AXIS_TITLE;
        }

        public String describe() {
            return axis.key() + " axis title \"" + text + "\"";
        }
    }

    /** An axis' scale; with no axis named, some axis. */
    public record Scale(Optional<Axis> axis, ScaleType scale) implements Detail {
        public Kind kind() {
            return Kind.SCALE;
        }

        public String describe() {
            return axisName(axis) + " scale " + scale.key();
        }
    }

    /** The values an axis runs between. */
    public record Range(Optional<Axis> axis, Quantity from, Quantity to) implements Detail {
        public Kind kind() {
            return Kind.RANGE;
        }

        public String describe() {
            return axisName(axis) + " range " + from + " to " + to;
        }
    }

    /** The values of an axis' tick labels, all of them. */
    public record TickValues(Optional<Axis> axis, List<Double> values) implements Detail {
        public TickValues {
            values = List.copyOf(values);
            if (values.size() < 2) {
                throw new IllegalArgumentException("a tick list needs at least 2 values: " + values);
            }
        }

        public Kind kind() {
            return Kind.TICK_VALUES;
        }

        public String describe() {
            return axisName(axis) + " ticks at " + values.stream().map(Quantity::format).collect(Collectors.joining(", "));
        }
    }

    /** The step between consecutive tick labels. */
    public record TickInterval(Optional<Axis> axis, double step, Spacing spacing) implements Detail {
        public TickInterval {
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new IllegalArgumentException("tick interval must be positive: " + step);
            }
        }

        public Kind kind() {
            return Kind.TICK_INTERVAL;
        }

        public String describe() {
            return axisName(axis) + " ticks every " + (spacing == Spacing.MULTIPLICATIVE ? "factor " : "")
                    + Quantity.format(step);
        }
    }

    /** How many lines the chart has. */
    public record SeriesCount(int count) implements Detail {
        public SeriesCount {
            if (count < 1) {
                throw new IllegalArgumentException("series count must be at least 1: " + count);
            }
        }

        public Kind kind() {
            return Kind.SERIES_COUNT;
        }

        public String describe() {
            return count + (count == 1 ? " line" : " lines");
        }
    }

    /** A line of a colour exists. */
    public record SeriesColor(SeriesRef color) implements Detail {
        public SeriesColor {
            if (color.colorWord().isEmpty()) {
                throw new IllegalArgumentException("a colour claim needs a colour");
            }
        }

        public Kind kind() {
            return Kind.SERIES_COLOR;
        }

        public String describe() {
            return "line colour " + color.colorWord().orElseThrow();
        }
    }

    /** The line passes through a point: at a given x, or at its start or end. */
    public record Point(SeriesRef series, Place place, Optional<Quantity> x, Quantity y) implements Detail {
        public Point {
            if ((place == Place.AT_X) != x.isPresent() || place == Place.UNSPECIFIED) {
                throw new IllegalArgumentException("a point has an x exactly when placed AT_X, else START or END: "
                        + place + ", " + x);
            }
        }

        public Kind kind() {
            return Kind.POINT;
        }

        public String describe() {
            String where = switch (place) {
                case AT_X -> "(" + x.orElseThrow() + ", " + y + ")";
                case START -> "starts at " + y;
                default -> "ends at " + y;
            };
            return series.prefix() + "point " + where;
        }
    }

    /** The shape of a line. */
    public record Trend(SeriesRef series, Shape shape) implements Detail {
        public Kind kind() {
            return Kind.TREND;
        }

        public String describe() {
            return series.prefix() + "trend " + shape.key();
        }
    }

    /** The line's maximum or minimum: where, and how high. */
    public record Extremum(SeriesRef series, Extreme extreme, Place place, Optional<Quantity> x, Optional<Quantity> y)
            implements Detail {
        public Extremum {
            if ((place == Place.AT_X) != x.isPresent()) {
                throw new IllegalArgumentException("an extremum has an x exactly when placed AT_X: " + place + ", " + x);
            }
        }

        public Kind kind() {
            return Kind.EXTREMUM;
        }

        public String describe() {
            StringBuilder sb = new StringBuilder(series.prefix()).append(extreme.key());
            y.ifPresent(v -> sb.append(" of ").append(v));
            switch (place) {
                case AT_X -> sb.append(" at x = ").append(x.orElseThrow());
                case START -> sb.append(" at the start");
                case END -> sb.append(" at the end");
                default -> {
                }
            }
            return sb.toString();
        }
    }

    /** A reading of the data rather than a statement about the image. */
    public record Interpretation(String clause) implements Detail {
        public Kind kind() {
            return Kind.INTERPRETATION;
        }

        public String describe() {
            return "interpretation \"" + clause + "\"";
        }
    }

    /** A sentence with nothing recognised in it. */
    public record Unrecognised() implements Detail {
        public Kind kind() {
            return Kind.UNRECOGNISED;
        }

        public String describe() {
            return "statement";
        }
    }

    private static String axisName(Optional<Axis> axis) {
        return axis.map(a -> a.key() + " axis").orElse("an axis");
    }
}
