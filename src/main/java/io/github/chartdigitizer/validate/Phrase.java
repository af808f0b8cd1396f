package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.Axis;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable part of one sentence while claims are read from it. Text a recogniser has
 * used is masked (blanked, same length), so a later recogniser does not read the numbers of
 * "(0, ~10,000)" again as a range or a tick list.
 */
final class Phrase {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A mention of an axis: "x-axis", "y axis", "x values", "horizontal axis", "ordinate". */
    private static final Pattern AXIS_MENTION = Pattern.compile(
            "\\b(?:(?<x>x)(?:[- ]?ax[ie]s|[- ]values?|[- ]coordinates?)|(?<y>y)(?:[- ]?ax[ie]s|[- ]values?|[- ]coordinates?)"
                    + "|(?<h>horizontal)(?:\\s+axis)?|(?<v>vertical)(?:\\s+axis)?|(?<ab>abscissa)|(?<or>ordinate))\\b", FLAGS);
    private static final Pattern BOTH_AXES = Pattern.compile("\\bboth\\s+axes\\b", FLAGS);

    private final StringBuilder text;
    private final Sentences.Context context;

    Phrase(String text, Sentences.Context context) {
        this.text = new StringBuilder(text);
        this.context = context;
    }

    /** The text with used parts blanked. */
    String text() {
        return text.toString();
    }

    Sentences.Context context() {
        return context;
    }

    Matcher matcher(Pattern p) {
        return p.matcher(text);
    }

    void mask(int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    boolean mentionsBothAxes() {
        return BOTH_AXES.matcher(text).find();
    }

    /**
     * The axis a statement at {@code [start, end)} is about: the nearest axis mention in the
     * sentence ("the x-axis is linear and the y-axis logarithmic"; "a logarithmic y-axis"), else
     * the axis of the bullet it sits in, else none.
     */
    Optional<Axis> axisNear(int start, int end) {
        Matcher m = AXIS_MENTION.matcher(text);
        Axis best = null;
        int bestDist = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end : 0;
            if (d < bestDist) {
                bestDist = d;
                best = m.group("x") != null || m.group("h") != null || m.group("ab") != null ? Axis.X : Axis.Y;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return switch (context) {
            case X_AXIS -> Optional.of(Axis.X);
            case Y_AXIS -> Optional.of(Axis.Y);
            default -> Optional.empty();
        };
    }

    /** Whether the sentence names an axis, or sits in an axis bullet. */
    boolean aboutAnAxis() {
        return AXIS_MENTION.matcher(text).find() || context == Sentences.Context.X_AXIS
                || context == Sentences.Context.Y_AXIS;
    }
}
