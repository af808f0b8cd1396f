package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.testsupport.Truth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code chartdigitizer validate}: report on stdout, exit 0 or 4, errors as one line on stderr. */
class ValidateCommandTest {
    private static final Path SEED = Truth.SAMPLES.resolve("l0_over_training_steps.png");
    private static final Path DESCRIPTIONS = Path.of(System.getProperty("basedir", "."), "src/test/resources/descriptions");

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        ValidateCommand validate = cl.getSubcommands().get("validate").getCommand();
        validate.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String description(String name) {
        return DESCRIPTIONS.resolve(name).toString();
    }

    @Test
    void exitsZeroWithATextReportWhenNothingIsContradicted() {
        Run r = run("", "validate", SEED.toString(), description("l0-over-training-steps.md"));
        assertAll(
                () -> assertEquals(ExitCodes.OK, r.exitCode(), r::err),
                () -> assertEquals("", r.err()),
                () -> assertTrue(r.out().contains("0 contradicted"), r::out),
                () -> assertTrue(r.out().contains("supported     point (25, ~100)"), r::out),
                () -> assertTrue(r.out().contains("unverifiable  interpretation"), r::out));
    }

    @Test
    void exitsFourAndSaysWhatTheImageShowsWhenAClaimIsContradicted() {
        Run r = run("", "validate", SEED.toString(), description("planted-wrong-point.md"));
        assertAll(
                () -> assertEquals(ExitCodes.CONTRADICTED, r.exitCode(), r::err),
                () -> assertTrue(r.out().contains("contradicted  point (100, ~80)"), r::out),
                () -> assertTrue(r.out().contains("the line is at 8.0"), r::out));
    }

    @Test
    void printsOneParseableJsonDocumentWithJson() throws Exception {
        Run r = run("", "validate", "--json", SEED.toString(), description("planted-wrong-colour.md"));
        assertEquals(ExitCodes.CONTRADICTED, r.exitCode(), r::err);
        JsonNode doc = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r.out());
        assertAll(
                () -> assertEquals(1, doc.get("schemaVersion").asInt()),
                () -> assertEquals("l0_over_training_steps.png", doc.get("image").asText()),
                () -> assertEquals(1, doc.get("summary").get("contradicted").asInt()),
                () -> assertEquals(0.03, doc.get("config").get("tolerance").asDouble()),
                () -> assertEquals(doc.get("summary").get("supported").asInt() + 1
                        + doc.get("summary").get("unverifiable").asInt(), doc.get("verdicts").size()));
        JsonNode red = null;
        for (JsonNode v : doc.get("verdicts")) {
            if (v.get("status").asText().equals("contradicted")) {
                red = v;
            }
        }
        assertEquals("series_color", red.get("kind").asText());
        assertEquals(3, red.get("line").asInt());
        assertTrue(red.get("measured").asText().contains("#1f77b4"), red.toString());
    }

    @Test
    void readsTheDescriptionFromStdinForADash() throws Exception {
        String text = Files.readString(DESCRIPTIONS.resolve("planted-wrong-title.md"));
        Run r = run(text, "validate", SEED.toString(), "-");
        assertEquals(ExitCodes.CONTRADICTED, r.exitCode(), r::err);
        assertTrue(r.out().contains("against l0_over_training_steps.png"), r::out);
        assertTrue(r.out().contains("contradicted  title \"Loss over Training Steps\""), r::out);
    }

    @Test
    void widerToleranceTurnsARoughPointIntoSupported() throws IOException {
        Path d = Files.writeString(tmp.resolve("rough.md"), "* (100, ~12)\n");
        Run strict = run("", "validate", SEED.toString(), d.toString());
        Run loose = run("", "validate", "--tolerance", "0.06", SEED.toString(), d.toString());
        assertEquals(ExitCodes.CONTRADICTED, strict.exitCode(), strict::out);
        assertEquals(ExitCodes.OK, loose.exitCode(), loose::out);
    }

    @Test
    void reportsAMissingDescriptionAsOneLine() {
        Run r = run("", "validate", SEED.toString(), tmp.resolve("none.md").toString());
        assertAll(
                () -> assertEquals(ExitCodes.MISSING_FILE, r.exitCode()),
                () -> assertEquals("", r.out()),
                () -> assertEquals(1, r.err().lines().count(), r::err),
                () -> assertTrue(r.err().contains("cannot read description"), r::err));
    }

    @Test
    void refusesAToleranceOutsideZeroToOneAsUsageError() {
        Run r = run("", "validate", "--tolerance", "1.5", SEED.toString(), description("planted-wrong-title.md"));
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("tolerance"), r::err);
    }
}
