package io.github.chartdigitizer.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reading what {@code chartdigitizer batch} left in its output folder. */
public final class BatchOutput {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BatchOutput() {
    }

    /**
     * {@code summary.jsonl} by input base name, in file order; fails if a line does not parse or
     * an input appears twice.
     */
    public static Map<String, JsonNode> summaryByName(Path outDir) throws IOException {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (String line : Files.readAllLines(outDir.resolve("summary.jsonl"))) {
            JsonNode n = STRICT.readTree(line);
            String file = Path.of(n.path("file").asText()).getFileName().toString();
            int dot = file.lastIndexOf('.');
            String name = dot > 0 ? file.substring(0, dot) : file;
            if (byName.put(name, n) != null) {
                fail("input " + name + " listed twice in summary.jsonl");
            }
        }
        return byName;
    }

    /** A chart output that parses as one whole JSON document with a series array. */
    public static JsonNode completeJson(Path file) throws IOException {
        JsonNode doc = STRICT.readTree(file.toFile());
        assertTrue(doc.path("series").isArray(), () -> file + " has no series array");
        return doc;
    }

    /** Temp files anywhere under {@code dir}. */
    public static List<Path> tempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
