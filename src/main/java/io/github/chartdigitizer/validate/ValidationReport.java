package io.github.chartdigitizer.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdicts on every claim of one description against one image.
 *
 * @param image       file name of the image
 * @param description name of the description ("-" read from standard input)
 * @param config      the tolerances used
 * @param verdicts    one per claim, in the order of the text
 */
public record ValidationReport(String image, String description, ValidationConfig config, List<Verdict> verdicts) {
    public ValidationReport {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(config, "config");
        verdicts = List.copyOf(verdicts);
    }

    /** How many verdicts have each status (every status present, possibly 0). */
    public Map<Verdict.Status, Integer> counts() {
        Map<Verdict.Status, Integer> m = new EnumMap<>(Verdict.Status.class);
        for (Verdict.Status s : Verdict.Status.values()) {
            m.put(s, 0);
        }
        verdicts.forEach(v -> m.merge(v.status(), 1, Integer::sum));
        return m;
    }

    public boolean hasContradiction() {
        return verdicts.stream().anyMatch(v -> v.status() == Verdict.Status.CONTRADICTED);
    }
}
