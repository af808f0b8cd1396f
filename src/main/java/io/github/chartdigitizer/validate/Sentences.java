package io.github.chartdigitizer.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown or plain-text description into sentences, each with its line and the label
 * of the bullet it sits in ({@code * **X-axis:** ...} puts its sentences in {@link Context#X_AXIS}).
 *
 * <p>Left out, because they state nothing: HTML comments, headings (except "Chart: T" and
 * "Title: T", read as a title), table separator rows, and lead-ins ending in a colon ("Here's an
 * approximate reconstruction of data points:").
 */
final class Sentences {
    /** What the bullet a sentence sits in is about. */
    enum Context { NONE, TITLE, X_AXIS, Y_AXIS, SERIES }

    /**
     * One sentence.
     *
     * @param line    1-based line where it starts
     * @param text    the sentence, emphasis markers removed, on one line
     * @param context the label of its bullet
     * @param opensBullet whether it is the first sentence after a bullet's label (where a
     *                    labelled title or axis title is written)
     */
    record Sentence(int line, String text, Context context, boolean opensBullet) {
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TITLE_HEADING = Pattern.compile("^(?:chart|title)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*+-]|\\d+[.)])\\s+");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|");
    /** A bullet's label: "**X-axis:**", "Title:", "__Legend__:". */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\*\\*|__)?\\s*([\\p{L}][\\p{L}\\d ()/-]{0,30}?)\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*");
    /** A sentence end: . ! or ? then space and something that starts a sentence (not a digit). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”')]?\\s+(?=[*_\"“(\\[]*\\p{Lu})");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:approx|e\\.g|i\\.e|vs|ca|cf|fig|no|resp)\\.)[\"”')]?$");

    private Sentences() {
    }

    static List<Sentence> of(String description) {
        String text = blankComments(description.replace("\r\n", "\n").replace('\r', '\n'));
        String[] lines = text.split("\n", -1);
        List<Sentence> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        List<Integer> blockLineStarts = new ArrayList<>();
        int blockFirstLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            Matcher h = HEADING.matcher(l);
            boolean breaks = l.isBlank() || h.matches() || BULLET.matcher(l).find() || TABLE_ROW.matcher(l).find();
            if (breaks && block.length() > 0) {
                readBlock(block.toString(), blockFirstLine, blockLineStarts, out);
                block.setLength(0);
                blockLineStarts.clear();
            }
            if (l.isBlank()) {
                continue;
            }
            if (h.matches()) {
                Matcher t = TITLE_HEADING.matcher(stripEmphasis(h.group(1)));
                if (t.matches()) {
                    out.add(new Sentence(i + 1, t.group(1).strip(), Context.TITLE, true));
                }
                continue;
            }
            if (TABLE_ROW.matcher(l).find() && !l.matches(".*[\\p{L}\\d].*")) {
                continue;
            }
            if (block.length() == 0) {
                blockFirstLine = i + 1;
            } else {
                block.append('\n');
            }
            blockLineStarts.add(block.length());
            block.append(l);
            if (TABLE_ROW.matcher(l).find()) {
                readBlock(block.toString(), blockFirstLine, blockLineStarts, out);
                block.setLength(0);
                blockLineStarts.clear();
            }
        }
        if (block.length() > 0) {
            readBlock(block.toString(), blockFirstLine, blockLineStarts, out);
        }
        return out;
    }

    private static void readBlock(String block, int firstLine, List<Integer> lineStarts, List<Sentence> out) {
        int start = 0;
        Matcher b = BULLET.matcher(block);
        Context context = Context.NONE;
        boolean labelled = false;
        if (b.find()) {
            start = b.end();
            Matcher lab = LABEL.matcher(block.substring(start));
            if (lab.find()) {
                Context c = contextOf(lab.group(1));
                if (c != Context.NONE) {
                    context = c;
                    labelled = true;
                    start += lab.end();
                }
            }
        }
        String body = block.substring(start);
        List<int[]> spans = split(body);
        boolean first = true;
        for (int[] sp : spans) {
            String raw = body.substring(sp[0], sp[1]);
            String s = stripEmphasis(raw).replaceAll("\\s+", " ").strip();
            if (s.isEmpty() || s.endsWith(":") || !s.matches(".*[\\p{L}\\d].*")) {
                first = false;
                continue;
            }
            int offset = start + sp[0] + (raw.length() - raw.stripLeading().length());
            out.add(new Sentence(firstLine + lineOf(offset, lineStarts), s, context, labelled && first));
            first = false;
        }
    }

    private static int lineOf(int offset, List<Integer> lineStarts) {
        int line = 0;
        for (int i = 0; i < lineStarts.size(); i++) {
            if (lineStarts.get(i) <= offset) {
                line = i;
            }
        }
        return line;
    }

    /** Sentence spans of a block, abbreviations ("approx. 10") not ending one. */
    private static List<int[]> split(String body) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(body);
        int from = 0;
        while (m.find()) {
            String before = body.substring(from, m.start());
            if (ABBREVIATION.matcher(before).find()) {
                continue;
            }
            spans.add(new int[] {from, m.start()});
            from = m.end();
        }
        spans.add(new int[] {from, body.length()});
        return spans;
    }

    private static Context contextOf(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.matches(".*\\b(x[- ]?axis|horizontal axis|abscissa)\\b.*")) {
            return Context.X_AXIS;
        }
        if (l.matches(".*\\b(y[- ]?axis|vertical axis|ordinate)\\b.*")) {
            return Context.Y_AXIS;
        }
        if (l.matches(".*\\bax[ie]s\\b.*")) {
            return Context.NONE;
        }
        if (l.matches(".*\\b(chart )?title\\b.*")) {
            return Context.TITLE;
        }
        if (l.matches(".*\\b(data )?(series|legend|lines?|curves?)\\b.*")) {
            return Context.SERIES;
        }
        return Context.NONE;
    }

    /** Removes bold, italic and code markers (not a lone "*" between spaces, as in "2 * 10^3"). */
    static String stripEmphasis(String s) {
        String t = s.replace("**", "").replace("__", "").replace("`", "");
        return t.replaceAll("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])", "$1")
                .replaceAll("(?<![\\w_])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w_])", "$1");
    }

    /** Replaces HTML comments by spaces, keeping line breaks so line numbers stay right. */
    private static String blankComments(String s) {
        Matcher m = COMMENT.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
