package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.validate.Claim.Detail;
import io.github.chartdigitizer.validate.Claim.Extreme;
import io.github.chartdigitizer.validate.Claim.Place;
import io.github.chartdigitizer.validate.Claim.SeriesRef;
import io.github.chartdigitizer.validate.Claim.Shape;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads claims about the plotted lines: how many, their colours, points on them, their shape. */
final class LinePhrases {
    private static final String Q = "(" + Quantity.PATTERN + ")";
    private static final String COLOR = "(" + BasicColor.WORD_PATTERN + ")(?:[- ]colou?red)?";
    private static final String LINE = "(?:data\\s+)?(?:lines?|curves?|series|traces?|plots?)\\b";
    private static final String STYLE_WORDS = "(?:(?:single|solid|dashed|dotted|thin|thick|continuous|smooth|distinct|"
            + "different|separate|plotted)\\s+)*";

    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(Map.entry("a single", 1),
            Map.entry("single", 1), Map.entry("only one", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    /** "a single blue line", "two curves", "3 dashed series". */
    private static final Pattern COUNT = Pattern.compile("\\b(a\\s+single|single|only\\s+one|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|\\d{1,2})\\s+" + STYLE_WORDS + "(?:" + COLOR + "\\s+)?" + LINE, Phrase.FLAGS);
    /** "a blue line", "an orange dashed curve". */
    private static final Pattern A_COLOR_LINE = Pattern.compile("\\b(?:a|an)\\s+" + STYLE_WORDS + COLOR + "\\s+"
            + STYLE_WORDS + LINE, Phrase.FLAGS);
    /** "plotted in blue", "the line is blue". */
    private static final Pattern COLORED = Pattern.compile("\\b(?:(?:colou?red|drawn|plotted|shown|rendered|displayed)"
            + "(?:\\s+in)?|(?:line|curve|series)\\s+is|,\\s+in)\\s+" + COLOR + "\\b", Phrase.FLAGS);
    private static final Pattern LINE_WORD = Pattern.compile("\\b" + LINE, Phrase.FLAGS);
    /** In a "Data Series" bullet: every "blue line". */
    private static final Pattern ANY_COLOR_LINE = Pattern.compile("\\b" + COLOR + "\\s+" + STYLE_WORDS + LINE, Phrase.FLAGS);
    /** "the blue line", for claims about that line. */
    private static final Pattern REFERENCE = Pattern.compile("\\b" + COLOR + "\\s+" + STYLE_WORDS + LINE, Phrase.FLAGS);

    private static final String X_PREFIX = "(?:x\\s*=\\s*|n\\s*=\\s*|steps?\\s+)?";
    /** "(25, ~100)", "(x = 25, y ≈ 100)", "approximately (0, 10,000)" (both coordinates approximate). */
    private static final Pattern TUPLE = Pattern.compile("(" + Quantity.APPROX + "\\s*)?\\(\\s*(?:x\\s*=\\s*)?" + Q + "\\s*[,;]\\s*(?:y\\s*[=≈~]\\s*)?" + Q
            + "\\s*\\)", Phrase.FLAGS);
    /** "x = 100, y ≈ 8". */
    private static final Pattern XY = Pattern.compile("\\bx\\s*=\\s*" + Q + "\\s*[,;]?\\s*(?:and\\s+)?y\\s*(?:=|≈|~|is)\\s*" + Q,
            Phrase.FLAGS);
    /** "about 8 at 100", "drops to ~10 by x = 75", "reaches 7 at 125". */
    private static final Pattern VALUE_AT = Pattern.compile("(\\b(?:reach(?:es|ing)?|(?:drops?|dropping|falls?|falling|"
            + "declines?|declining|decreases?|decreasing|rises?|rising|increases?|increasing|climbs?|climbing)\\s+to|"
            + "value\\s+of|is|equals)\\s+)?" + Q + "\\s+(?:at|by|when|for)\\s+" + X_PREFIX + Q, Phrase.FLAGS);
    /** "at x = 100, the value is about 8", "at 150 M steps L0 is roughly 6". */
    private static final Pattern AT_VALUE = Pattern.compile("\\b(?:at|by)\\s+" + X_PREFIX + Q + "(?:\\s+[\\p{L}()]+){0,3}?\\s*,?\\s+"
            + "(?:the\\s+)?[\\p{L}\\d]+\\s+(?:is|was|reads|reaches|sits\\s+at|stands\\s+at|equals|of|(?:has\\s+)?(?:fallen|"
            + "dropped|declined|decreased|risen|grown|increased|climbed)\\s+to)\\s+" + Q, Phrase.FLAGS);
    /** "starts at approximately 10,000". */
    private static final Pattern START = Pattern.compile("\\b(?:starts?|starting|begins?|beginning)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:at|from|near|around)\\s+" + Q + "(?!\\s*(?:at|by)\\b)", Phrase.FLAGS);
    /** "ends at about 4". */
    private static final Pattern END = Pattern.compile("\\b(?:ends?|ending|finish(?:es|ing)?)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:at|near|around|with)\\s+" + Q + "(?!\\s*(?:at|by)\\b)", Phrase.FLAGS);

    /** "peaks", "the maximum", "highest value"; "minimum", "lowest", "trough", "bottoms out". */
    private static final Pattern EXTREMUM = Pattern.compile("(?<!axis\\s)(?<!ax[ie]s\\s\\w{1,12}\\s)\\b(?:(?<max>(?<vmax>peaks?"
            + "|peaking|tops?\\s+out)|maximum|highest)|(?<min>(?<vmin>bottoms?\\s+out)|minimum|lowest|trough))\\b"
            + "(?:\\s+(?:value|point|level))?", Phrase.FLAGS);
    private static final Pattern EXT_TUPLE = Pattern.compile("^[^;]*?\\(\\s*" + Q + "\\s*[,;]\\s*" + Q + "\\s*\\)", Phrase.FLAGS);
    /** The extreme value: "maximum of 80", "peak is ~80", "maximum, about 80,". */
    private static final Pattern EXT_OF = Pattern.compile("^(?:[^;(]*?\\b(?:of|is|at\\s+a\\s+value\\s+of|reaching|being)"
            + "|[\\s,:]*)\\s+" + Q, Phrase.FLAGS);
    private static final Pattern EXT_AT = Pattern.compile("^[^;(]*?\\bat\\s+(?:x\\s*=\\s*|n\\s*=\\s*|steps?\\s+)?" + Q,
            Phrase.FLAGS);
    private static final Pattern EXT_START = Pattern.compile("^[^;]*?\\b(?:at|near|towards?)\\s+the\\s+(?:very\\s+)?"
            + "(?:start|beginning|left|first)", Phrase.FLAGS);
    private static final Pattern EXT_END = Pattern.compile("^[^;]*?\\b(?:at|near|towards?)\\s+the\\s+(?:very\\s+)?"
            + "(?:end|right|last)", Phrase.FLAGS);

    /** "as the number of training steps increases": the independent variable, not the trend. */
    private static final Pattern AS_X_GROWS = Pattern.compile("\\b(?:as|while|when)\\s+(?:the\\s+)?[\\w\\s()]{0,50}?\\b(?:increases?|"
            + "increasing|grows?|growing|progress(?:es)?|advances?|goes\\s+on|rises?|proceeds?|continues?)\\b"
            + "|\\bwith\\s+(?:increasing|more|growing|additional|further)\\s+\\w+", Phrase.FLAGS);
    private static final Pattern STEEP_THEN_GRADUAL = Pattern.compile("\\basymptot\\w*|\\bflatten\\w*|\\bconverg\\w*"
            + "|\\bsaturat\\w*|\\bdiminish\\w*|\\btaper\\w*\\s+off|\\bslow(?:s|ing)?\\s+down|\\bstabili[sz]\\w*"
            + "|\\b(?:slower|gradual|more\\s+gradual|less\\s+steep|gentler|slowing)\\W+(?:\\w+\\W+)?(?:decline|decrease|drop|fall|"
            + "descent|rise|increase|growth|slope)"
            + "|\\b(?:initial|early|initially|at\\s+first)\\W+(?:\\w+\\W+){0,2}?(?:steep|rapid|sharp|fast|quick|dramatic)"
            + "|\\b(?:steep|rapid|sharp|dramatic|fast|quick)\\w*\\s+(?:\\w+\\s+){0,4}?(?:initially|at\\s+first|early\\s+on|"
            + "in\\s+the\\s+beginning|at\\s+the\\s+(?:start|beginning))"
            + "|\\b(?:slope|steepness|gradient|rate\\s+of\\s+\\w+)\\s+(?:\\w+\\s+)?(?:decreases|diminishes|lessens|flattens|"
            + "declines|reduces|slows)", Phrase.FLAGS);
    private static final Pattern GRADUAL_THEN_STEEP = Pattern.compile("\\baccelerat\\w*|\\bsteeper\\s+(?:towards|near|at)\\s+"
            + "the\\s+end|\\b(?:slope|steepness|gradient|rate\\s+of\\s+\\w+)\\s+(?:\\w+\\s+)?(?:increases|grows|steepens)"
            + "|\\b(?:slow|gradual)\\w*\\s+(?:\\w+\\s+){0,3}?(?:at\\s+first|initially)", Phrase.FLAGS);
    private static final Pattern PLATEAU = Pattern.compile("\\bplateau\\w*|\\blevel(?:s|ing|ling|ed|led)?\\s+off\\b"
            + "|\\bflat(?:\\s+line)?\\b", Phrase.FLAGS);
    private static final Pattern DOWN = Pattern.compile("\\b(?:decreas\\w*|declin\\w*|drops?|dropping|falls?|falling|"
            + "descend\\w*|downwards?|reduc\\w*|lower(?:s|ing)|goes\\s+down|shrink\\w*)\\b", Phrase.FLAGS);
    private static final Pattern UP = Pattern.compile("\\b(?:increas\\w*|rises?|rising|grows?|growing|climb\\w*|upwards?|"
            + "ascend\\w*|goes\\s+up)\\b", Phrase.FLAGS);

    /** What joins "rises" and "falls" into a peak: "rises, then falls", "rises until 50 before falling". */
    private static final Pattern THEN = Pattern.compile("\\b(?:then|followed|before|until|after\\s+which)\\b", Phrase.FLAGS);

    private LinePhrases() {
    }

    static void read(Phrase p, Sentences.Sentence s, List<Detail> out) {
        SeriesRef ref = reference(p);
        counts(p, s, out);
        extrema(p, ref, out);
        points(p, ref, out);
        trends(p, ref, out);
    }

    private static SeriesRef reference(Phrase p) {
        Matcher m = p.matcher(REFERENCE);
        return m.find() ? SeriesRef.of(normalColor(m.group(1))) : SeriesRef.ANY;
    }

    private static String normalColor(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void counts(Phrase p, Sentences.Sentence s, List<Detail> out) {
        Matcher c = p.matcher(COUNT);
        while (c.find()) {
            String w = c.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int n = w.matches("\\d+") ? Integer.parseInt(w) : COUNT_WORDS.get(w);
            if (n >= 1) {
                out.add(new Claim.SeriesCount(n));
            }
            if (c.group(2) != null) {
                out.add(new Claim.SeriesColor(SeriesRef.of(normalColor(c.group(2)))));
            }
        }
        Matcher a = p.matcher(A_COLOR_LINE);
        while (a.find()) {
            out.add(new Claim.SeriesColor(SeriesRef.of(normalColor(a.group(1)))));
        }
        if (LINE_WORD.matcher(p.text()).find()) {
            Matcher m = p.matcher(COLORED);
            while (m.find()) {
                out.add(new Claim.SeriesColor(SeriesRef.of(normalColor(m.group(1)))));
            }
        }
        if (s.context() == Sentences.Context.SERIES) {
            Matcher m = p.matcher(ANY_COLOR_LINE);
            while (m.find()) {
                out.add(new Claim.SeriesColor(SeriesRef.of(normalColor(m.group(1)))));
            }
        }
    }

    private static void extrema(Phrase p, SeriesRef ref, List<Detail> out) {
        Matcher m = p.matcher(EXTREMUM);
        while (m.find()) {
            Extreme which = m.group("max") != null ? Extreme.MAXIMUM : Extreme.MINIMUM;
            // What follows, up to the next extreme: "the minimum is at the start and the maximum, about 80, at the end".
            String rest = p.text().substring(m.end());
            Matcher next = EXTREMUM.matcher(rest);
            rest = next.find() ? rest.substring(0, next.start()) : rest;
            Optional<Quantity> x = Optional.empty();
            Optional<Quantity> y = Optional.empty();
            Place place = Place.UNSPECIFIED;
            Matcher t = EXT_TUPLE.matcher(rest);
            if (t.find()) {
                x = Quantity.parse(t.group(1));
                y = Quantity.parse(t.group(2));
            } else {
                Matcher of = EXT_OF.matcher(rest);
                if (of.find()) {
                    y = Quantity.parse(of.group(1));
                    rest = rest.substring(of.end());
                }
                Matcher at = EXT_AT.matcher(rest);
                if (at.find()) {
                    // "peaks at 120" is a height; "the maximum at 40", "peaks at x = 40" a place.
                    boolean verb = m.group("vmax") != null || m.group("vmin") != null;
                    boolean located = at.group().matches("(?is).*\\bat\\s+(?:x\\s*=|n\\s*=|steps?\\s).*");
                    if (verb && !located && y.isEmpty()) {
                        y = Quantity.parse(at.group(1));
                        rest = rest.substring(at.end());
                        Matcher at2 = EXT_AT.matcher(rest);
                        if (at2.find()) {
                            x = Quantity.parse(at2.group(1));
                        }
                    } else {
                        x = Quantity.parse(at.group(1));
                    }
                }
            }
            if (x.isPresent()) {
                place = Place.AT_X;
            } else if (EXT_START.matcher(rest).find()) {
                place = Place.START;
            } else if (EXT_END.matcher(rest).find()) {
                place = Place.END;
            }
            out.add(new Claim.Extremum(ref, which, place, x, y));
            p.mask(m.start(), m.end());
        }
    }

    private static void points(Phrase p, SeriesRef ref, List<Detail> out) {
        Matcher tu = p.matcher(TUPLE);
        while (tu.find()) {
            boolean approx = tu.group(1) != null;
            Optional<Quantity> x = Quantity.parse(tu.group(2)).map(q -> approx ? Quantity.approx(q.value()) : q);
            Optional<Quantity> y = Quantity.parse(tu.group(3)).map(q -> approx ? Quantity.approx(q.value()) : q);
            if (x.isPresent() && y.isPresent()) {
                out.add(new Claim.Point(ref, Place.AT_X, x, y.get()));
            }
            p.mask(tu.start(), tu.end());
        }
        Matcher xy = p.matcher(XY);
        while (xy.find()) {
            point(ref, Place.AT_X, xy.group(1), xy.group(2), out);
            p.mask(xy.start(), xy.end());
        }
        Matcher v = p.matcher(VALUE_AT);
        while (v.find()) {
            Optional<Quantity> y = Quantity.parse(v.group(2));
            if (v.group(1) != null || y.map(Quantity::approximate).orElse(false)) {
                point(ref, Place.AT_X, v.group(3), v.group(2), out);
                p.mask(v.start(), v.end());
            }
        }
        Matcher a = p.matcher(AT_VALUE);
        while (a.find()) {
            point(ref, Place.AT_X, a.group(1), a.group(2), out);
            p.mask(a.start(), a.end());
        }
        for (Place place : List.of(Place.START, Place.END)) {
            Matcher m = p.matcher(place == Place.START ? START : END);
            while (m.find()) {
                Optional<Quantity> y = Quantity.parse(m.group(1));
                y.ifPresent(q -> out.add(new Claim.Point(ref, place, Optional.empty(), q)));
                p.mask(m.start(), m.end());
            }
        }
    }

    private static void point(SeriesRef ref, Place place, String x, String y, List<Detail> out) {
        Optional<Quantity> qx = Quantity.parse(x);
        Optional<Quantity> qy = Quantity.parse(y);
        if (qx.isPresent() && qy.isPresent()) {
            out.add(new Claim.Point(ref, place, qx, qy.get()));
        }
    }

    /**
     * A shape (steep then gradual, gradual then steep, plateau) wins over a direction: "a steep
     * downward slope initially" is about the start, not the whole line. Both directions joined
     * by "then", "before", "until" ("rises, then falls") state an extremum, not a trend; joined
     * otherwise they are left alone.
     */
    private static void trends(Phrase p, SeriesRef ref, List<Detail> out) {
        String t = AS_X_GROWS.matcher(p.text()).replaceAll(" ");
        boolean shape = false;
        for (var e : List.of(Map.entry(STEEP_THEN_GRADUAL, Shape.STEEP_THEN_GRADUAL),
                Map.entry(GRADUAL_THEN_STEEP, Shape.GRADUAL_THEN_STEEP), Map.entry(PLATEAU, Shape.PLATEAU))) {
            if (e.getKey().matcher(t).find()) {
                out.add(new Claim.Trend(ref, e.getValue()));
                shape = true;
            }
        }
        if (shape) {
            return;
        }
        Matcher down = DOWN.matcher(t);
        Matcher up = UP.matcher(t);
        boolean d = down.find(), u = up.find();
        if (d && u) {
            boolean upFirst = up.start() < down.start();
            String between = t.substring(Math.min(up.end(), down.end()), Math.max(up.start(), down.start()));
            if (THEN.matcher(between).find()) {
                out.add(new Claim.Extremum(ref, upFirst ? Extreme.MAXIMUM : Extreme.MINIMUM, Place.UNSPECIFIED,
                        Optional.empty(), Optional.empty()));
            }
        } else if (d || u) {
            out.add(new Claim.Trend(ref, d ? Shape.DECREASING : Shape.INCREASING));
        }
    }
}
