package io.github.chartdigitizer.validate;

import java.util.Locale;
import java.util.Map;

/**
 * The human-readable report: a header with the counts, then one line per claim in the order of
 * the description: its line number, verdict, the claim in short form and what the image shows.
 */
public final class ReportText {
    /** Longest quoted sentence or clause before it is shortened with "…". */
    private static final int QUOTE_CHARS = 72;

    private ReportText() {
    }

    public static String render(ValidationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Validating ").append(r.description()).append(" against ").append(r.image()).append('\n');
        sb.append(String.format(Locale.ROOT, "Tolerance for values read off the chart: %s of each axis span "
                + "(display space: relative on a log axis)%n", Quantity.format(r.config().tolerance())));
        sb.append(summary(r)).append("\n\n");
        for (Verdict v : r.verdicts()) {
            sb.append(String.format(Locale.ROOT, "%5d  %-12s  %s", v.claim().line(), v.status().key(), claim(v.claim())));
            sb.append("\n                     ").append(v.reason()).append('\n');
        }
        sb.append('\n').append(summary(r)).append('\n');
        return sb.toString();
    }

    /** "33 supported, 0 contradicted, 14 unverifiable". */
    public static String summary(ValidationReport r) {
        Map<Verdict.Status, Integer> n = r.counts();
        return n.get(Verdict.Status.SUPPORTED) + " supported, " + n.get(Verdict.Status.CONTRADICTED) + " contradicted, "
                + n.get(Verdict.Status.UNVERIFIABLE) + " unverifiable";
    }

    /** The claim in short form; an unrecognised statement or an interpretation quoted, shortened. */
    static String claim(Claim c) {
        if (c.detail() instanceof Claim.Unrecognised) {
            return "statement \"" + shorten(c.sentence()) + "\"";
        }
        if (c.detail() instanceof Claim.Interpretation i) {
            return "interpretation \"" + shorten(i.clause()) + "\"";
        }
        return c.detail().describe();
    }

    private static String shorten(String s) {
        return s.length() <= QUOTE_CHARS ? s : s.substring(0, QUOTE_CHARS - 1).stripTrailing() + "…";
    }
}
