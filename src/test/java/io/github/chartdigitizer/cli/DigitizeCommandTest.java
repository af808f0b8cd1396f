package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.testsupport.BadImages;
import io.github.chartdigitizer.testsupport.ForgedPng;
import io.github.chartdigitizer.testsupport.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chartdigitizer digitize} end to end: exit codes, one-line error messages on stderr
 * and JSON only on stdout.
 */
class DigitizeCommandTest {
    private static final Path SEED = Truth.SAMPLES.resolve("l0_over_training_steps.png");

    @TempDir
    Path tmp;

    /** What one run of the command line printed and returned. */
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A failure is reported as one plain line on stderr, naming the reason, and nothing on stdout. */
    private static void assertFails(CliRun r, int expectedCode, String reason) {
        assertAll(
                () -> assertEquals(expectedCode, r.exitCode(), () -> "stderr: " + r.err()),
                () -> assertEquals("", r.out(), "stdout"),
                () -> assertOneLineWithoutTrace(r.err()),
                () -> assertTrue(r.err().contains(reason), () -> "stderr does not mention <" + reason + ">: " + r.err()));
    }

    private static void assertOneLineWithoutTrace(String err) {
        assertTrue(err.endsWith(System.lineSeparator()), () -> "not a terminated line: <" + err + ">");
        assertEquals(1, err.lines().count(), () -> "not one line: <" + err + ">");
        assertFalse(err.contains("Exception"), () -> "exception on stderr: " + err);
        assertFalse(err.contains("\tat "), () -> "stack trace on stderr: " + err);
    }

    @Test
    void reportsMissingFile() {
        Path missing = tmp.resolve("no-such-chart.png");
        assertFails(run("digitize", missing.toString()), ExitCodes.MISSING_FILE, "file not found");
    }

    @Test
    void refusesTextFileNamedPng() throws IOException {
        Path f = Files.writeString(tmp.resolve("notes.png"), "these are not pixels\n");
        assertFails(run("digitize", f.toString()), ExitCodes.NOT_AN_IMAGE, "not an image");
    }

    @Test
    void refusesEmptyFile() throws IOException {
        Path f = Files.createFile(tmp.resolve("empty.png"));
        assertFails(run("digitize", f.toString()), ExitCodes.NOT_AN_IMAGE, "empty");
    }

    @Test
    void reportsTruncatedPng() throws IOException {
        byte[] all = Files.readAllBytes(SEED);
        Path f = Files.write(tmp.resolve("truncated.png"), Arrays.copyOf(all, all.length * 4 / 10));
        assertFails(run("digitize", f.toString()), ExitCodes.TRUNCATED, "truncated");
    }

    @Test
    void refusesHugeImageFromItsHeader() throws IOException {
        Path f = ForgedPng.claimingSize(tmp.resolve("huge.png"), 40_000, 40_000);
        assertFails(run("digitize", f.toString()), ExitCodes.TOO_LARGE, "too large");
    }

    @Test
    void findsNoDataInAPhotoWithoutChart() throws IOException {
        Path f = tmp.resolve("photo.png");
        BadImages.photo(f, 20240611);
        CliRun r = run("digitize", f.toString());
        assertTrue(Set.of(ExitCodes.NO_CHART, ExitCodes.NOT_CALIBRATED, ExitCodes.NO_SERIES).contains(r.exitCode()),
                () -> "exit code " + r.exitCode() + ", stdout " + r.out().length() + " chars, stderr: " + r.err());
        assertEquals("", r.out(), "stdout");
        assertOneLineWithoutTrace(r.err());
    }

    @Test
    void printsSeedChartAsJsonWithFivePoints() throws IOException {
        CliRun r = run("digitize", SEED.toString(), "--points", "5");
        assertEquals(ExitCodes.OK, r.exitCode(), () -> "stderr: " + r.err());
        assertEquals("", r.err(), "stderr");
        // Trailing tokens fail the parse: stdout must be one JSON document and nothing else.
        JsonNode doc = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r.out());
        assertEquals("log", doc.path("axes").path("y").path("scale").asText());
        assertEquals("linear", doc.path("axes").path("x").path("scale").asText());
        JsonNode points = doc.path("series").path(0).path("points");
        assertEquals(5, points.size(), () -> "points: " + points);
        assertTrue(points.get(0).path("x").asDouble() < points.get(4).path("x").asDouble(), "points run left to right");
    }

    @Test
    void helpListsSamplingOptions() {
        CliRun r = run("digitize", "--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("--points"), r.out());
        assertTrue(r.out().contains("--at"), r.out());
    }

    @Test
    void rejectsUnknownOptionAsUsageError() {
        CliRun r = run("digitize", SEED.toString(), "--no-such-option");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("", r.out(), "stdout");
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void colorKeepsOnlyThatSeriesAndNamesItsStyle() throws IOException {
        // p0107: a solid blue "baseline" and a dashed orange "ours".
        CliRun r = run("digitize", Truth.SAMPLES.resolve("p0107.png").toString(), "--color", "orange", "--points", "3");
        assertEquals(ExitCodes.OK, r.exitCode(), () -> "stderr: " + r.err());
        JsonNode series = new ObjectMapper().readTree(r.out()).path("series");
        assertEquals(1, series.size(), () -> "series: " + series);
        assertEquals("ours", series.path(0).path("name").asText());
        assertEquals("dashed", series.path(0).path("style").asText());
    }

    @Test
    void aColourTheChartLacksIsNoSeries() {
        assertFails(run("digitize", SEED.toString(), "--color", "#ff7f0e", "--no-titles"), ExitCodes.NO_SERIES,
                "no series of colour #ff7f0e");
    }
}
