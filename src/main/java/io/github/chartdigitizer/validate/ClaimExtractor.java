package io.github.chartdigitizer.validate;

import io.github.chartdigitizer.validate.Claim.Detail;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of a chart description (Markdown or plain text) written by a person or a
 * vision-language model. Stateless and thread-safe.
 *
 * <p>The text is split into sentences (bullets and headings aware, see {@link Sentences}); each
 * sentence gives zero or more claims, in this order:
 * <ol>
 *   <li>A hypothetical sentence ("would", "could", "might", "may", "if", "without") is one
 *       {@link Claim.Interpretation}: it says what is not drawn.</li>
 *   <li>Otherwise the sentence is cut at its first inference marker ("suggests", "indicating",
 *       "likely", "potentially", "because", "due to", "emphasizes", ...). The part before it is
 *       read for claims ({@link AxisPhrases}, then {@link LinePhrases}); the rest becomes an
 *       {@link Claim.Interpretation}, never read for claims: in "indicates that the model is
 *       becoming increasingly sparse" the "increasingly" is not about the line.</li>
 *   <li>A sentence that gives nothing is kept as {@link Claim.Unrecognised}, so nothing is
 *       silently dropped.</li>
 * </ol>
 */
public final class ClaimExtractor {
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:would|could|might|may|if|without)\\b", Phrase.FLAGS);
    private static final Pattern INFERENCE = Pattern.compile("\\b(?:suggest\\w*|indicat\\w*|impl(?:y|ies|ying|ied)|likely|"
            + "potentially|possibly|probably|presumably|perhaps|because|due\\s+to|reflect\\w*|mean(?:s|ing)\\s+that|"
            + "emphasi[sz]\\w*|highlight\\w*|crucial|important(?:ly)?|evidence|consistent\\s+with|points?\\s+to)\\b",
            Phrase.FLAGS);

    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]*[\"”]");

    public ClaimExtractor() {
    }

    /** Every claim of a description, in the order of the text. */
    public List<Claim> extract(String description) {
        List<Claim> out = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.of(description)) {
            for (Detail d : read(s)) {
                out.add(new Claim(s.line(), s.text(), d));
            }
        }
        return List.copyOf(out);
    }

    private static List<Detail> read(Sentences.Sentence s) {
        // Quoted titles may hold any word ("What If"): markers are looked for outside quotes.
        String outside = s.context() == Sentences.Context.TITLE && s.opensBullet() ? ""
                : QUOTED.matcher(s.text()).replaceAll(m -> " ".repeat(m.group().length()));
        if (HYPOTHETICAL.matcher(outside).find()) {
            return List.of(new Claim.Interpretation(s.text()));
        }
        Matcher inf = INFERENCE.matcher(outside);
        int cut = inf.find() ? inf.start() : s.text().length();
        Phrase p = new Phrase(s.text().substring(0, cut), s.context());
        List<Detail> found = new ArrayList<>();
        AxisPhrases.read(p, s, found);
        LinePhrases.read(p, s, found);
        if (cut < s.text().length()) {
            found.add(new Claim.Interpretation(found.isEmpty() ? s.text() : s.text().substring(cut).strip()));
        }
        if (found.isEmpty()) {
            found.add(new Claim.Unrecognised());
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }
}
