package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.chartdigitizer.testsupport.BatchOutput;
import io.github.chartdigitizer.testsupport.Truth;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch in a child JVM is stopped once its first outputs appear, by SIGTERM (which runs
 * shutdown hooks, as Ctrl-C does) or SIGKILL (which runs nothing); {@code --resume} then
 * completes it with exactly one complete JSON per chart, no temp files and one summary line per
 * input.
 */
class BatchInterruptTest {
    /** Copies of each sample: enough charts that the run is still going when it is stopped. */
    private static final int COPIES = 3;
    /** The child JVM starts, loads natives and digitizes its first chart well within this. */
    private static final Duration FIRST_OUTPUT_TIMEOUT = Duration.ofSeconds(60);
    /** SIGTERM lets the running chart finish (BatchCommand.STOP_GRACE at most) before exiting. */
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    /** The JVM's exit status after SIGTERM: 128 + 15. */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path tmp;

    private List<String> charts;
    private List<String> bad;

    /** Sample charts that digitize (see SampleChartsTest). */
    private static final List<String> DIGITIZABLE = List.of("l0_over_training_steps", "p0019", "p0015", "p0034", "p0016",
            "p0012");

    /** Copies of the sample charts plus two bad files in {@code in/}. */
    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        charts = new ArrayList<>();
        // Charts that digitize: samples/ also holds a failing chart and overlay pictures.
        List<Path> samples = DIGITIZABLE.stream().map(id -> Truth.SAMPLES.resolve(id + ".png")).toList();
        for (int c = 0; c < COPIES; c++) {
            for (Path p : samples) {
                String name = "c" + c + "_" + BatchInputs.baseName(p);
                Files.copy(p, in.resolve(name + ".png"));
                charts.add(name);
            }
        }
        Files.createFile(in.resolve("empty.png"));
        Files.writeString(in.resolve("text.png"), "not pixels\n");
        bad = List.of("empty", "text");
        return in;
    }

    /** Starts {@code chartdigitizer batch IN -o OUT -j 1} in a child JVM with this test's class path. */
    private Process startChild(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child's temp folder is ours: OpenCV's loader extracts its 65 MB library there and only
        // deletes it on a normal exit, so a SIGKILL would otherwise leave it in the system's /tmp.
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dchartdigitizer.models=" + System.getProperty("chartdigitizer.models"),
                "-Djava.io.tmpdir=" + childTmp,
                Main.class.getName(), "batch", in.toString(), "-o", out.toString(), "-j", "1", "--progress", "lines");
        pb.redirectOutput(tmp.resolve("child.out").toFile());
        pb.redirectError(tmp.resolve("child.err").toFile());
        return pb.start();
    }

    /** Waits until the child has written its first chart JSON. */
    private static void awaitFirstOutput(Process child, Path out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FIRST_OUTPUT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the child finished or died before it could be stopped");
            if (Files.isDirectory(out)) {
                try (Stream<Path> s = Files.list(out)) {
                    if (s.anyMatch(p -> p.getFileName().toString().endsWith(".json"))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no output within " + FIRST_OUTPUT_TIMEOUT);
    }

    private static int resume(Path in, Path out, StringWriter err) {
        return Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("batch", in.toString(), "-o", out.toString(), "--resume", "-j", "2");
    }

    @Test
    void sigtermWritesTheSummarySoFarAndResumeCompletesTheBatch() throws Exception {
        Path in = inputs();
        Path out = tmp.resolve("out");
        Process child = startChild(in, out);
        awaitFirstOutput(child, out);

        child.destroy();   // SIGTERM: runs the shutdown hook, as Ctrl-C does

        assertTrue(child.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "child did not stop");
        String childErr = Files.readString(tmp.resolve("child.err"));
        assertEquals(SIGTERM_EXIT, child.exitValue(), childErr);
        assertTrue(childErr.contains("Interrupted: digitized "), childErr);
        Map<String, JsonNode> soFar = BatchOutput.summaryByName(out);
        assertEquals(charts.size() + bad.size(), soFar.size(), "the hook lists every input once: " + soFar.keySet());
        long done = soFar.values().stream().filter(n -> n.path("status").asText().equals("ok")).count();
        long interrupted = soFar.values().stream().filter(n -> n.path("status").asText().equals("interrupted")).count();
        assertTrue(done >= 1 && interrupted >= 1, () -> done + " ok, " + interrupted + " interrupted: " + childErr);
        for (var e : soFar.entrySet()) {
            boolean ok = e.getValue().path("status").asText().equals("ok");
            assertEquals(ok, Files.exists(out.resolve(e.getKey() + ".json")), e.getKey() + ": output exists iff ok");
        }
        assertEquals(List.of(), BatchOutput.tempFiles(out), "no temp file left by a stop");

        assertResumeCompletes(in, out);
    }

    @Test
    void resumeCompletesABatchKilledWithoutWarning() throws Exception {
        Path in = inputs();
        Path out = tmp.resolve("out");
        Process child = startChild(in, out);
        awaitFirstOutput(child, out);

        child.destroyForcibly();   // SIGKILL: no hook runs; summary.jsonl is the journal so far

        assertTrue(child.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "child did not die");
        assertResumeCompletes(in, out);
    }

    private void assertResumeCompletes(Path in, Path out) throws IOException {
        StringWriter err = new StringWriter();
        int code = resume(in, out, err);

        assertEquals(ExitCodes.NO_CHART, code, err::toString);   // the two bad files
        assertTrue(err.toString().contains("--resume: "), err::toString);
        assertTrue(err.toString().endsWith("Digitized " + charts.size() + " of " + (charts.size() + bad.size())
                + " (2 failed)" + System.lineSeparator()), err::toString);
        Map<String, JsonNode> summary = BatchOutput.summaryByName(out);
        assertEquals(charts.size() + bad.size(), summary.size(), () -> "each input once: " + summary.keySet());
        for (String c : charts) {
            assertAll(c,
                    () -> assertEquals("ok", summary.get(c).path("status").asText()),
                    () -> BatchOutput.completeJson(out.resolve(c + ".json")));
        }
        assertEquals("empty", summary.get("empty").path("status").asText());
        assertEquals("not_an_image", summary.get("text").path("status").asText());
        try (Stream<Path> s = Files.list(out)) {
            List<String> jsons = s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".json")).sorted().toList();
            List<String> expected = new ArrayList<>(charts.stream().map(c -> c + ".json").toList());
            expected.add("summary.jsonl");
            expected.sort(null);
            assertEquals(expected, jsons, "exactly one JSON per chart, nothing else");
        }
        assertEquals(List.of(), BatchOutput.tempFiles(out), "no temp files left");
    }
}
