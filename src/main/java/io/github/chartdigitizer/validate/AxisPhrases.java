package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.validate.Claim.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads claims about the frame of a chart: title, axis titles, scales, ranges and ticks. */
final class AxisPhrases {
    private static final String Q = "(" + Quantity.PATTERN + ")";
    /** Text in double quotes (straight or curly) or in single quotes: two groups, one of them set. */
    private static final String QUOTED = "(?:[\"“”]([^\"“”]+)[\"”“]|[‘'](\\S[^‘’']*?)[’'](?!\\w))";

    /** "the x-axis is labeled "Steps"", "y axis title: "L0"". */
    private static final Pattern AXIS_TITLE = Pattern.compile("\\b(?:(x)|y)[- ]?axis\\b[^.\"“”‘']{0,40}?\\b(?:label(?:l?ed)?|titled|"
            + "title|named|reads|caption(?:ed)?)\\b[^\"“”‘']{0,15}?" + QUOTED, Phrase.FLAGS);
    /** "titled "T"", "the title is "T"", "title: "T"" (not an axis title). */
    private static final Pattern TITLE = Pattern.compile("(?<!axis\\s)\\b(?:(?:en)?titled|title(?:\\s+(?:is|reads|of))?|"
            + "headline)\\s*:?\\s*" + QUOTED, Phrase.FLAGS);
    private static final Pattern LEADING_QUOTED = Pattern.compile("^\\s*" + QUOTED);
    /** A labelled title or axis title written without quotes ends at a dash or a comma. */
    private static final Pattern UNQUOTED_LEAD = Pattern.compile("^\\s*([^\"“”‘,]+?)\\s+[-–—]\\s");

    private static final Pattern LOG_LOG = Pattern.compile("\\blog[- ]?log\\b", Phrase.FLAGS);
    private static final Pattern SEMI_LOG = Pattern.compile("\\bsemi[- ]?log(?:arithmic)?\\b", Phrase.FLAGS);
    private static final Pattern LOG = Pattern.compile("\\b(?:logarithmic|log(?:10)?[- ]?scaled?|log[- ]ax[ie]s|"
            + "log\\s+(?=[xy][- ]?axis)|log\\s+base\\s+10)\\b", Phrase.FLAGS);
    private static final Pattern LINEAR = Pattern.compile("\\blinear(?=[- ](?:scale|ax[ie]s)\\b)|\\blinear(?:ly)?[- ]scaled\\b"
            + "|(?<=\\b(?:scale|axis|axes)\\s(?:is\\s|are\\s)?(?:\\w{1,12}\\s)?)linear\\b", Phrase.FLAGS);

    /** "ranges from 0 to 200", "spanning 1 to 10^4", "goes from ~0 to 200". */
    private static final Pattern RANGE = Pattern.compile("\\b(?:rang(?:e|es|ing)|spans?|spanning|go(?:es)?|going|"
            + "extends?|extending|runs?|running|covers?|covering)\\b(?:\\s+\\w+){0,2}?\\s+(?:from\\s+)?" + Q
            + "\\s*(?:to|through|until|–|—|-)\\s*" + Q, Phrase.FLAGS);
    /** "from 0 to 200", "between 1 and 10^4", read as a range only in a sentence about an axis. */
    private static final Pattern BARE_RANGE = Pattern.compile("\\b(?:from\\s+" + Q + "\\s*(?:to|through)\\s*" + Q
            + "|between\\s+" + Q + "\\s+and\\s+" + Q + ")", Phrase.FLAGS);
    /** In an axis bullet, a range needs no verb: "* **Y-axis:** L0 (log scale, 10^0 to 10^4)". */
    private static final Pattern BULLET_RANGE = Pattern.compile(Q + "\\s*(?:to|–|—)\\s*" + Q, Phrase.FLAGS);
    /** A verb of movement before "from A to B" makes it about the line: "L0 falls from 10,000 to 4". */
    private static final Pattern MOVEMENT = Pattern.compile("\\b(?:decreas|declin|drop|fall|rise|rising|increas|grow|climb|"
            + "go(?:es)?\\s+(?:up|down))\\w*", Phrase.FLAGS);
    /** A subject that makes a range about the data, not the axis: "values range from 4 to 7000". */
    private static final Pattern DATA_SUBJECT = Pattern.compile("\\b(?:values?|data|line|curve|series)\\b", Phrase.FLAGS);
    private static final Pattern AXIS_WORD = Pattern.compile("\\b(?:ax[ie]s|scale)\\b", Phrase.FLAGS);

    private static final String LIST = Q + "((?:\\s*,\\s*(?:and\\s+)?" + Quantity.PATTERN + "|\\s+and\\s+" + Quantity.PATTERN + ")+)";
    /** "tick marks are displayed at 1, 10, 100, 1000, and 10000". */
    private static final Pattern TICK_LIST = Pattern.compile("\\b(?:ticks?|tick\\s+(?:marks?|labels?|values?)|"
            + "gridlines|grid\\s+lines|labels?)\\b[^.]*?(?:\\bat\\b|\\bare\\b|:|\\bshow\\w*|\\bread\\b|\\bof\\b|\\bmarked\\b)\\s*"
            + LIST + "(\\s*,?\\s*(?:\\.\\.\\.|…|etc))?", Phrase.FLAGS);
    private static final Pattern ITEM = Pattern.compile(Quantity.PATTERN, Phrase.FLAGS);
    /** "at intervals of 25", "every 25", "in steps of 0.5", "spaced 25 apart". */
    private static final Pattern INTERVAL = Pattern.compile("\\b(?:intervals?|increments?|steps?|spacing|spaced|every)"
            + "\\s+(?:of\\s+)?" + Q, Phrase.FLAGS);
    /** "at each power of ten", "every decade", "a factor of 10 apart". */
    private static final Pattern RATIO = Pattern.compile("\\b(?:powers?|orders?)\\s+of\\s+(?:10|ten)\\b|\\b(?:every|each|per)\\s+"
            + "decade\\b|\\bfactors?\\s+of\\s+" + Q, Phrase.FLAGS);
    private static final Pattern TICK_WORD = Pattern.compile("\\b(?:ticks?|marks?|labels?|grid(?:lines)?|gridlines)\\b", Phrase.FLAGS);

    private AxisPhrases() {
    }

    static void read(Phrase p, Sentences.Sentence s, List<Detail> out) {
        titles(p, s, out);
        scales(p, out);
        ranges(p, out);
        ticks(p, out);
    }

    private static void titles(Phrase p, Sentences.Sentence s, List<Detail> out) {
        if (s.opensBullet() && s.context() != Sentences.Context.NONE && s.context() != Sentences.Context.SERIES) {
            Matcher q = p.matcher(LEADING_QUOTED);
            Matcher u = p.matcher(UNQUOTED_LEAD);
            String title = null;
            if (q.find()) {
                title = quoted(q, 1);
                p.mask(q.start(), q.end());
            } else if (s.context() == Sentences.Context.TITLE && u.find()) {
                title = u.group(1);
                p.mask(u.start(1), u.end(1));
            } else if (s.context() == Sentences.Context.TITLE) {
                title = p.text().replaceAll("[.\\s]+$", "");
                p.mask(0, p.text().length());
            } else if (u.find() && !u.group(1).matches(".*\\d.*")) {
                title = u.group(1);
                p.mask(u.start(1), u.end(1));
            }
            if (title != null && !title.isBlank()) {
                out.add(switch (s.context()) {
                    case X_AXIS -> new Claim.AxisTitle(Axis.X, title.strip());
                    case Y_AXIS -> new Claim.AxisTitle(Axis.Y, title.strip());
                    default -> new Claim.Title(title.strip());
                });
            }
        }
        Matcher a = p.matcher(AXIS_TITLE);
        while (a.find()) {
            out.add(new Claim.AxisTitle(a.group(1) != null ? Axis.X : Axis.Y, quoted(a, 2).strip()));
            p.mask(quoteStart(a, 2), a.end()); // the axis mention stays, for other claims in the sentence
        }
        Matcher t = p.matcher(TITLE);
        while (t.find()) {
            out.add(new Claim.Title(quoted(t, 1).strip()));
            p.mask(t.start(), t.end());
        }
    }

    /** Where the quotes of a {@link #QUOTED} match whose groups start at {@code group} open. */
    private static int quoteStart(Matcher m, int group) {
        return (m.group(group) != null ? m.start(group) : m.start(group + 1)) - 1;
    }

    /** The quoted text of a {@link #QUOTED} match whose groups start at {@code group}. */
    private static String quoted(Matcher m, int group) {
        return m.group(group) != null ? m.group(group) : m.group(group + 1);
    }

    private static void scales(Phrase p, List<Detail> out) {
        Matcher ll = p.matcher(LOG_LOG);
        while (ll.find()) {
            out.add(new Claim.Scale(Optional.of(Axis.X), ScaleType.LOG));
            out.add(new Claim.Scale(Optional.of(Axis.Y), ScaleType.LOG));
            p.mask(ll.start(), ll.end());
        }
        Matcher sl = p.matcher(SEMI_LOG);
        while (sl.find()) {
            out.add(new Claim.Scale(Optional.empty(), ScaleType.LOG));
            out.add(new Claim.Scale(Optional.empty(), ScaleType.LINEAR));
            p.mask(sl.start(), sl.end());
        }
        scale(p, LOG, ScaleType.LOG, out);
        scale(p, LINEAR, ScaleType.LINEAR, out);
    }

    private static void scale(Phrase p, Pattern pattern, ScaleType type, List<Detail> out) {
        Matcher m = p.matcher(pattern);
        List<int[]> used = new ArrayList<>();
        while (m.find()) {
            if (p.mentionsBothAxes()) {
                out.add(new Claim.Scale(Optional.of(Axis.X), type));
                out.add(new Claim.Scale(Optional.of(Axis.Y), type));
            } else {
                out.add(new Claim.Scale(p.axisNear(m.start(), m.end()), type));
            }
            used.add(new int[] {m.start(), m.end()});
        }
        used.forEach(u -> p.mask(u[0], u[1]));
    }

    private static void ranges(Phrase p, List<Detail> out) {
        Matcher m = p.matcher(RANGE);
        while (m.find()) {
            String subject = p.text().substring(0, m.start());
            if (DATA_SUBJECT.matcher(subject).find() && !AXIS_WORD.matcher(subject).find()) {
                dataRange(p, m, out);
            } else {
                range(p, m, 1, out);
            }
        }
        if (MOVEMENT.matcher(p.text()).find()) {
            return;
        }
        if (p.aboutAnAxis() || AXIS_WORD.matcher(p.text()).find()) {
            Matcher b = p.matcher(BARE_RANGE);
            while (b.find()) {
                range(p, b, b.group(1) != null ? 1 : 3, out);
            }
        }
        if (p.context() == Sentences.Context.X_AXIS || p.context() == Sentences.Context.Y_AXIS) {
            Matcher b = p.matcher(BULLET_RANGE);
            while (b.find()) {
                range(p, b, 1, out);
            }
        }
    }

    /** "The values range from about 4 to 10,000": the line's minimum and maximum. */
    private static void dataRange(Phrase p, Matcher m, List<Detail> out) {
        Optional<Quantity> a = Quantity.parse(m.group(1));
        Optional<Quantity> b = Quantity.parse(m.group(2));
        if (a.isPresent() && b.isPresent()) {
            boolean ascending = a.get().value() <= b.get().value();
            out.add(new Claim.Extremum(Claim.SeriesRef.ANY, Claim.Extreme.MINIMUM, Claim.Place.UNSPECIFIED,
                    Optional.empty(), Optional.of(ascending ? a.get() : b.get())));
            out.add(new Claim.Extremum(Claim.SeriesRef.ANY, Claim.Extreme.MAXIMUM, Claim.Place.UNSPECIFIED,
                    Optional.empty(), Optional.of(ascending ? b.get() : a.get())));
            p.mask(m.start(), m.end());
        }
    }

    private static void range(Phrase p, Matcher m, int group, List<Detail> out) {
        Optional<Quantity> from = Quantity.parse(m.group(group));
        Optional<Quantity> to = Quantity.parse(m.group(group + 1));
        if (from.isPresent() && to.isPresent()) {
            out.add(new Claim.Range(p.axisNear(m.start(), m.end()), from.get(), to.get()));
            p.mask(m.start(), m.end());
        }
    }

    private static void ticks(Phrase p, List<Detail> out) {
        Matcher m = p.matcher(TICK_LIST);
        while (m.find()) {
            if (m.group(3) != null) {
                continue; // "10^0, 10^1, ..." leaves values out: not a list to compare
            }
            List<Double> values = new ArrayList<>();
            Matcher item = ITEM.matcher(m.group(1) + m.group(2));
            while (item.find()) {
                Quantity.parse(item.group()).ifPresent(q -> values.add(q.value()));
            }
            if (values.size() >= 2) {
                out.add(new Claim.TickValues(p.axisNear(m.start(), m.end()), values));
                p.mask(m.start(1), m.end());
            }
        }
        if (!TICK_WORD.matcher(p.text()).find() && !p.aboutAnAxis()) {
            return;
        }
        Matcher r = p.matcher(RATIO);
        while (r.find()) {
            double step = r.group(1) == null ? 10 : Quantity.parse(r.group(1)).map(Quantity::value).orElse(10.0);
            if (step > 1) {
                out.add(new Claim.TickInterval(p.axisNear(r.start(), r.end()), step, Claim.Spacing.MULTIPLICATIVE));
            }
            p.mask(r.start(), r.end());
        }
        Matcher i = p.matcher(INTERVAL);
        while (i.find()) {
            Optional<Quantity> q = Quantity.parse(i.group(1));
            if (q.isPresent() && q.get().value() > 0) {
                out.add(new Claim.TickInterval(p.axisNear(i.start(), i.end()), q.get().value(), Claim.Spacing.ADDITIVE));
                p.mask(i.start(), i.end());
            }
        }
    }
}
