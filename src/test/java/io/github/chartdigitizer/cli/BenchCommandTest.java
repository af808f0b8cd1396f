package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.testsupport.Truth;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chartdigitizer bench}: the table it prints, not how fast anything is. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsLatencyThroughputAndPeakMemoryForAFolder() throws IOException {
        Files.copy(Truth.SAMPLES.resolve("l0_over_training_steps.png"), tmp.resolve("a.png"));
        Files.copy(Truth.SAMPLES.resolve("p0012.png"), tmp.resolve("b.png"));
        Files.createFile(tmp.resolve("empty.png"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("bench", tmp.toString(), "-j", "1", "--warmup", "1");

        assertEquals(ExitCodes.OK, code, err::toString);
        String table = out.toString();
        assertTrue(table.startsWith("chart-digitizer bench: 3 charts in " + tmp + ", 1 worker(s)"), table);
        assertTrue(number(table, "latency, 1 thread, warm: median\\s+([0-9.]+) ms") > 0, table);
        assertTrue(number(table, "latency, 1 thread, warm: p95\\s+([0-9.]+) ms")
                >= number(table, "latency, 1 thread, warm: median\\s+([0-9.]+) ms"), table);
        assertTrue(number(table, "throughput, 1 worker\\(s\\)\\s+([0-9.]+) charts/s \\(3 charts in") > 0, table);
        assertTrue(number(table, "peak memory \\([^)]+\\)\\s+([0-9]+) MiB") > 0, table);
        assertTrue(table.contains("digitized                              2 of 3"), table);
    }

    @Test
    void refusesAFolderWithoutImages() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("bench", tmp.toString());
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("no images found in " + tmp), err::toString);
    }

    @Test
    void takesTheNearestRankPercentile() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, BenchCommand.percentile(sorted, 0.5));
        assertEquals(100, BenchCommand.percentile(sorted, 0.95));
        assertEquals(10, BenchCommand.percentile(new long[] {10}, 0.95));
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), () -> "no <" + regex + "> in " + text);
        return Double.parseDouble(m.group(1));
    }
}
