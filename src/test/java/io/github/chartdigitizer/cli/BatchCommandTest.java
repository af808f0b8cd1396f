package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.testsupport.BadImages;
import io.github.chartdigitizer.testsupport.BatchOutput;
import io.github.chartdigitizer.testsupport.ForgedPng;
import io.github.chartdigitizer.testsupport.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chartdigitizer batch} in-process: outputs, summary.jsonl, a status and reason for each
 * kind of bad input, name clashes, {@code --resume} and progress on stderr.
 */
class BatchCommandTest {
    private static final Path SEED = Truth.SAMPLES.resolve("l0_over_training_steps.png");
    private static final Path SECOND = Truth.SAMPLES.resolve("p0012.png");
    private static final Path THIRD = Truth.SAMPLES.resolve("p0015.png");

    @TempDir
    Path tmp;

    /** What one run of the command line printed and returned. */
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path copy(Path source, String relative) throws IOException {
        Path target = tmp.resolve(relative);
        Files.createDirectories(target.getParent());
        return Files.copy(source, target);
    }

    @Test
    void digitizesAFolderRecursivelyIntoOneJsonAndCsvPerChart() throws IOException {
        copy(SEED, "in/a.png");
        copy(SECOND, "in/deeper/b.png");
        Files.writeString(tmp.resolve("in/notes.txt"), "not an image extension: not picked up from a folder\n");
        Path out = tmp.resolve("out");

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", out.toString(), "--csv", "-j", "2");

        assertEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertEquals("", r.out(), "stdout stays clean");
        assertTrue(r.err().endsWith("Digitized 2 of 2 (0 failed)" + System.lineSeparator()), r::err);
        Map<String, JsonNode> summary = BatchOutput.summaryByName(out);
        assertEquals(List.of("a", "b"), List.copyOf(summary.keySet()), "one line per input, in input order");
        for (String name : List.of("a", "b")) {
            JsonNode line = summary.get(name);
            JsonNode chart = BatchOutput.completeJson(out.resolve(name + ".json"));
            assertAll(name,
                    () -> assertEquals("ok", line.path("status").asText()),
                    () -> assertTrue(line.path("reason").isNull()),
                    () -> assertTrue(line.path("seconds").asDouble() > 0),
                    () -> assertEquals(chart.path("series").size(), line.path("series").asInt()),
                    () -> assertTrue(chart.path("series").size() >= 1),
                    () -> assertTrue(Files.readString(out.resolve(name + ".csv")).lines().count() > 10, "csv rows"));
        }
        assertEquals(List.of(), BatchOutput.tempFiles(out));
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            Path plain = Files.createFile(out.resolve("plain-file"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve("a.json")),
                    "outputs get the permissions of any new file, not a temp file's owner-only ones");
        }
    }

    @Test
    void recordsEachBadInputWithItsOwnStatusAndReasonAndGoesOn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = copy(SEED, "in/good.png");
        Path missing = in.resolve("missing.png");
        Path empty = Files.createFile(in.resolve("empty.png"));
        Path truncPng = BadImages.truncated(SEED, in.resolve("truncated.png"));
        Path truncJpg = BadImages.truncatedJpeg(SEED, in.resolve("truncated_jpeg.jpg"));
        Path text = Files.writeString(in.resolve("text.png"), "these are not pixels\n");
        Path huge = ForgedPng.claimingSize(in.resolve("huge.png"), 40_000, 40_000);
        Path blank = BadImages.blank(in.resolve("blank.png"), 640, 480);
        Path photo = BadImages.photo(in.resolve("photo.png"), 20240611);
        Path blotted = BadImages.chartWithBlottedLabels(in.resolve("blotted.png"));
        Path out = tmp.resolve("out");

        CliRun r = run("batch", good.toString(), missing.toString(), empty.toString(), truncPng.toString(),
                truncJpg.toString(), text.toString(), huge.toString(), blank.toString(), photo.toString(),
                blotted.toString(), "-o", out.toString());

        assertEquals(ExitCodes.NO_CHART, r.exitCode(), r::err);
        assertEquals("", r.out(), "stdout stays clean");
        assertTrue(r.err().endsWith("Digitized 1 of 10 (9 failed)" + System.lineSeparator()), r::err);
        Map<String, JsonNode> summary = BatchOutput.summaryByName(out);
        assertEquals(10, summary.size(), () -> "one line per input: " + summary.keySet());
        assertAll(
                () -> assertStatus(summary, "good", "ok", null),
                () -> assertStatus(summary, "missing", "missing", "file not found"),
                () -> assertStatus(summary, "empty", "empty", "file is empty (0 bytes)"),
                () -> assertStatus(summary, "truncated", "truncated", "image data is truncated or corrupt"),
                () -> assertStatus(summary, "truncated_jpeg", "truncated", "image data is truncated or corrupt"),
                () -> assertStatus(summary, "text", "not_an_image", "not an image (unrecognised format)"),
                () -> assertStatus(summary, "huge", "too_large", "image is too large (40000x40000 px"),
                () -> assertStatus(summary, "blank", "no_chart", "no chart found: no axes or plot frame"),
                () -> assertStatus(summary, "photo", "no_chart", "no chart found: no axes or plot frame"),
                () -> assertStatus(summary, "blotted", "too_few_tick_labels", "too few readable tick labels"));
        try (var files = Files.list(out)) {
            assertEquals(List.of("good.json", "summary.jsonl"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no output for a bad input");
        }
        for (Path bad : List.of(missing, empty, truncPng, truncJpg, text, huge, blank, photo, blotted)) {
            assertTrue(r.err().contains("chartdigitizer: " + bad + ": "), () -> "no stderr line for " + bad + ": " + r.err());
        }
    }

    @Test
    void colorKeepsThatSeriesPerChartAndRecordsChartsWithoutIt() throws IOException {
        copy(Truth.SAMPLES.resolve("p0107.png"), "in/two.png");   // blue "baseline", orange "ours"
        copy(SEED, "in/seed.png");                                 // blue only
        Path out = tmp.resolve("out");

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", out.toString(), "--color", "#ff7f0e",
                "--no-titles", "--progress", "none");

        assertEquals(3, r.exitCode(), r::err);
        JsonNode two = new ObjectMapper().readTree(out.resolve("two.json").toFile());
        assertEquals(1, two.path("series").size(), () -> "series: " + two.path("series"));
        assertEquals("#ff7f0e", two.path("series").path(0).path("color").asText());
        Map<String, JsonNode> summary = BatchOutput.summaryByName(out);
        assertStatus(summary, "seed", "no_series", "no data series found: no series of colour #ff7f0e");
    }

    private static void assertStatus(Map<String, JsonNode> summary, String name, String status, String reasonStart) {
        JsonNode line = summary.get(name);
        assertEquals(status, line.path("status").asText(), () -> name + ": " + line);
        if (reasonStart == null) {
            assertTrue(line.path("reason").isNull(), () -> name + ": " + line);
        } else {
            assertTrue(line.path("reason").asText().startsWith(reasonStart), () -> name + ": " + line);
            assertEquals(0, line.path("series").asInt(), () -> name + ": " + line);
        }
    }

    @Test
    void refusesTwoInputsThatWouldWriteTheSameOutputBeforeDoingAnything() throws IOException {
        Path a = copy(SEED, "a/chart.png");
        Path b = copy(SECOND, "b/chart.jpg");
        Path out = tmp.resolve("out");

        CliRun r = run("batch", tmp.resolve("a").toString(), b.toString(), "-o", out.toString());

        assertEquals(ExitCodes.USAGE, r.exitCode(), r::err);
        assertTrue(r.err().contains("same name") && r.err().contains(a.toString()) && r.err().contains(b.toString())
                && r.err().contains("chart.json"), r::err);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void readsInputsFromAListFileSkippingCommentsAndDuplicates() throws IOException {
        Path a = copy(SEED, "in/a.png");
        Path list = Files.writeString(tmp.resolve("list.txt"), "# charts\n" + a + "\n\n" + a + "\n");
        Path out = tmp.resolve("out");

        CliRun r = run("batch", "@" + list, a.toString(), "-o", out.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertEquals(List.of("a"), List.copyOf(BatchOutput.summaryByName(out).keySet()));
    }

    @Test
    void reportsAMissingListFileAsAUsageError() {
        CliRun r = run("batch", "@" + tmp.resolve("nope.txt"), "-o", tmp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::err);
        assertTrue(r.err().contains("input list not found"), r::err);
    }

    @Test
    void reportsAFolderWithoutImagesAsAUsageError() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("readme.txt"), "no images here\n");
        CliRun r = run("batch", in.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::err);
        assertTrue(r.err().contains("no images found"), r::err);
    }

    @Test
    void resumeRedoesOnlyChartsWhoseJsonIsMissingOrIncomplete() throws IOException {
        copy(SEED, "in/a.png");
        copy(SECOND, "in/b.png");
        copy(THIRD, "in/c.png");
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, run("batch", tmp.resolve("in").toString(), "-o", out.toString()).exitCode());
        JsonNode earlierC = BatchOutput.summaryByName(out).get("c");
        Files.delete(out.resolve("a.json"));
        byte[] b = Files.readAllBytes(out.resolve("b.json"));
        Files.write(out.resolve("b.json"), Arrays.copyOf(b, b.length / 2));   // damaged by hand, say
        byte[] c = Files.readAllBytes(out.resolve("c.json"));
        FileTime cTime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("c.json"), cTime);

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", out.toString(), "--resume");

        assertEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertTrue(r.err().contains("--resume: 1 of 3 already done, 2 to do"), r::err);
        assertTrue(r.err().endsWith("Digitized 3 of 3 (0 failed)" + System.lineSeparator()), r::err);
        assertArrayEquals(c, Files.readAllBytes(out.resolve("c.json")), "complete output left alone");
        assertEquals(cTime, Files.getLastModifiedTime(out.resolve("c.json")), "complete output not rewritten");
        BatchOutput.completeJson(out.resolve("a.json"));
        BatchOutput.completeJson(out.resolve("b.json"));
        Map<String, JsonNode> summary = BatchOutput.summaryByName(out);
        assertEquals(List.of("a", "b", "c"), List.copyOf(summary.keySet()), "each input once, in input order");
        assertEquals(earlierC, summary.get("c"), "a skipped chart keeps its earlier summary line");
    }

    @Test
    void resumeOfAFinishedBatchRedoesNothingAndSkipsALineCutShortByAKill() throws IOException {
        copy(SEED, "in/a.png");
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, run("batch", tmp.resolve("in").toString(), "-o", out.toString()).exitCode());
        String summary = Files.readString(out.resolve("summary.jsonl"));
        Files.writeString(out.resolve("summary.jsonl"), summary + "{\"file\":\"in/b.png\",\"sta");

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", out.toString(), "--resume");

        assertEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertTrue(r.err().contains("ignored 1 unreadable line(s) of summary.jsonl"), r::err);
        assertTrue(r.err().contains("--resume: 1 of 1 already done, 0 to do"), r::err);
        assertTrue(r.err().endsWith("Digitized 1 of 1 (0 failed)" + System.lineSeparator()), r::err);
        assertEquals(summary, Files.readString(out.resolve("summary.jsonl")), "the earlier line, once");
    }

    @Test
    void removesTempFilesAKilledRunLeftButNoOtherFiles() throws IOException {
        copy(SEED, "in/a.png");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path stale = Files.writeString(out.resolve("a.json8123456789.tmp"), "{\"schemaVer");
        Path theirs = Files.writeString(out.resolve("notes.tmp"), "someone else's\n");

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", out.toString(), "--resume");

        assertEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertFalse(Files.exists(stale), "stale temp output removed");
        assertTrue(Files.exists(theirs), "unrelated file kept");
        assertTrue(r.err().contains("removed 1 temp file"), r::err);
    }

    @Test
    void reportsProgressAsPlainLinesOnStderrWhenNotOnATerminal() throws IOException {
        copy(SEED, "in/a.png");
        Files.createFile(tmp.resolve("in/empty.png"));

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", tmp.resolve("out").toString(), "--progress", "lines");

        assertEquals(ExitCodes.NO_CHART, r.exitCode(), r::err);
        assertEquals("", r.out());
        assertTrue(r.err().contains("batch: 2/2 (100%), "), r::err);
        assertTrue(r.err().contains(", 1 failed"), r::err);
    }

    @Test
    void drawsAProgressBarWithRateAndFailuresWhenAskedTo() throws IOException {
        copy(SEED, "in/a.png");
        Files.createFile(tmp.resolve("in/empty.png"));

        CliRun r = run("batch", tmp.resolve("in").toString(), "-o", tmp.resolve("out").toString(), "--progress", "bar");

        assertEquals(ExitCodes.NO_CHART, r.exitCode(), r::err);
        assertEquals("", r.out());
        assertTrue(r.err().contains("\r"), "redrawn in place");
        assertTrue(r.err().contains("2/2"), r::err);
        assertTrue(r.err().contains("charts/s"), r::err);
        assertTrue(r.err().contains("1 failed"), r::err);
        assertTrue(r.err().endsWith("Digitized 1 of 2 (1 failed)" + System.lineSeparator()), r::err);
    }

    @Test
    void writesSummaryFieldsInDocumentedOrder() throws IOException {
        copy(SEED, "in/a.png");
        Path out = tmp.resolve("out");
        run("batch", tmp.resolve("in").toString(), "-o", out.toString());
        String line = Files.readAllLines(out.resolve("summary.jsonl")).get(0);
        assertTrue(line.matches("\\{\"file\":\"[^\"]+a\\.png\",\"status\":\"ok\",\"reason\":null,"
                + "\"seconds\":[0-9.]+,\"series\":1}"), line);
    }
}
