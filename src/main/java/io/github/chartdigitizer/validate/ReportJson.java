package io.github.chartdigitizer.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chartdigitizer.output.Version;
import java.util.List;

/**
 * The machine-readable report (schema version 1): the tool, the inputs, the configuration, the
 * counts, and per claim its line, kind, short form, source sentence, status, measured value (when
 * something was measured) and reason. Status and kind are lower-case names of
 * {@link Verdict.Status} and {@link Claim.Kind}.
 */
public final class ReportJson {
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ReportJson() {
    }

    @JsonPropertyOrder({"schemaVersion", "tool", "image", "description", "config", "summary", "verdicts"})
    record Doc(int schemaVersion, Tool tool, String image, String description, ValidationConfig config, Summary summary,
               List<VerdictDoc> verdicts) {
    }

    record Tool(String name, String version) {
    }

    @JsonPropertyOrder({"supported", "contradicted", "unverifiable"})
    record Summary(int supported, int contradicted, int unverifiable) {
    }

    @JsonPropertyOrder({"line", "kind", "claim", "status", "measured", "reason", "sentence"})
    record VerdictDoc(int line, String kind, String claim, String status, String measured, String reason,
                      String sentence) {
    }

    public static String write(ValidationReport r) {
        var n = r.counts();
        List<VerdictDoc> vs = r.verdicts().stream().map(v -> new VerdictDoc(v.claim().line(), v.claim().kind().key(),
                ReportText.claim(v.claim()), v.status().key(), v.measured().orElse(null), v.reason(),
                v.claim().sentence())).toList();
        Doc doc = new Doc(SCHEMA_VERSION, new Tool("chart-digitizer", Version.get()), r.image(), r.description(),
                r.config(), new Summary(n.get(Verdict.Status.SUPPORTED), n.get(Verdict.Status.CONTRADICTED),
                n.get(Verdict.Status.UNVERIFIABLE)), vs);
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise validation report", e);
        }
    }
}
