package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.image.ImageLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chartdigitizer bench [FOLDER] [-j N]}: throughput, latency and memory over a folder of charts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures digitizing speed over a folder of charts (default ../shared/bench/public) and prints "
                + "a table on stdout:",
            "  - the first chart in this JVM (cold: native libraries, OCR engine, JIT),",
            "  - one-thread latency per chart, warm (median, p95),",
            "  - throughput with N workers (charts/s), as in 'batch -j N',",
            "  - peak memory (VmHWM, the resident set's high-water mark, on Linux).",
            "Each worker first digitizes a few charts (--warmup). Outputs are not written. Progress goes to stderr."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:measured (charts that cannot be digitized are counted, not errors)",
            "1:internal error",
            "2:usage error (no images in the folder)"})
final class BenchCommand implements Callable<Integer> {
    private static final double PERCENTILE_95 = 0.95;
    private static final long MIB = 1024 * 1024;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", defaultValue = "../shared/bench/public",
            description = "Folder of chart images, searched recursively (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Workers for the throughput pass (default: one per core).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Charts each worker digitizes before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-titles", description = "Skip reading titles and axis titles, as 'batch --no-titles'.")
    boolean noTitles;

    /** What one timed chart gave. */
    private record Timed(long nanos, boolean ok) {
    }

    @Override
    public Integer call() throws Exception {
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1: " + jobs);
        }
        if (warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be at least 0: " + warmup);
        }
        List<Path> charts;
        try {
            if (!Files.isDirectory(folder)) {
                throw new BatchInputs.BadInputs("not a folder: " + folder, null);
            }
            charts = BatchInputs.imagesUnder(folder);
            if (charts.isEmpty()) {
                throw new BatchInputs.BadInputs("no images found in " + folder, null);
            }
        } catch (BatchInputs.BadInputs e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        HeapSampler heap = new HeapSampler();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            err.printf(Locale.ROOT, "bench: %d charts in %s, %d worker(s)%n", charts.size(), folder, jobs);
            err.flush();
            long t0 = System.nanoTime();
            Digitizer digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(!noTitles));
            Path first = charts.get(0);
            Timed cold = pool.submit(() -> time(digitizer, first, heap)).get();
            long coldNanos = System.nanoTime() - t0;

            err.println("bench: warming up each worker on " + Math.min(warmup, charts.size()) + " chart(s)");
            err.flush();
            warmUp(pool, digitizer, charts.subList(0, Math.min(warmup, charts.size())), heap);

            err.println("bench: one-thread latency pass");
            err.flush();
            long[] latency = new long[charts.size()];
            int latencyOk = 0;
            for (int i = 0; i < charts.size(); i++) {
                Path c = charts.get(i);
                Timed t = pool.submit(() -> time(digitizer, c, heap)).get();
                latency[i] = t.nanos();
                latencyOk += t.ok() ? 1 : 0;
            }
            Arrays.sort(latency);

            err.println("bench: throughput pass with " + jobs + " worker(s)");
            err.flush();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Optional<Long> cpu0 = processCpuNanos();
            long p0 = System.nanoTime();
            List<Future<Timed>> futures = new ArrayList<>();
            for (Path c : charts) {
                futures.add(pool.submit(() -> time(digitizer, c, heap)));
            }
            for (Future<Timed> f : futures) {
                f.get();
            }
            double wall = (System.nanoTime() - p0) / 1e9;
            Optional<Long> cpu1 = processCpuNanos();

            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "chart-digitizer bench: %d charts in %s, %d worker(s), %d core(s)%n",
                    charts.size(), folder, jobs, Runtime.getRuntime().availableProcessors());
            row(out, "JVM start to bench start", "%d ms", jvmStartMs);
            row(out, "first chart, cold (in-process)", "%.0f ms (%s: native loads, OCR init, JIT)",
                    coldNanos / 1e6, cold.ok() ? "ok" : "failed");
            row(out, "latency, 1 thread, warm: median", "%.1f ms", percentile(latency, 0.5) / 1e6);
            row(out, "latency, 1 thread, warm: p95", "%.1f ms", percentile(latency, PERCENTILE_95) / 1e6);
            row(out, "latency, 1 thread, warm: mean", "%.1f ms",
                    Arrays.stream(latency).average().orElse(0) / 1e6);
            row(out, "throughput, " + jobs + " worker(s)", "%.1f charts/s (%d charts in %.2f s)",
                    charts.size() / wall, charts.size(), wall);
            if (cpu0.isPresent() && cpu1.isPresent()) {
                row(out, "CPU time per chart, parallel pass", "%.1f ms (all threads of this process)",
                        (cpu1.get() - cpu0.get()) / 1e6 / charts.size());
            }
            if (load >= 0) {
                row(out, "load average before the parallel pass", "%.2f (other processes slow every figure)", load);
            }
            Optional<Long> hwm = peakRssBytes();
            if (hwm.isPresent()) {
                row(out, "peak memory (VmHWM)", "%d MiB", hwm.get() / MIB);
            } else {
                row(out, "peak memory (Java heap used, sampled)", "%d MiB", heap.max() / MIB);
            }
            row(out, "digitized", "%d of %d", latencyOk, charts.size());
            out.flush();
            return ExitCodes.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every worker digitizes the warm-up charts; the barrier makes each task take its own thread. */
    private void warmUp(ExecutorService pool, Digitizer digitizer, List<Path> charts, HeapSampler heap)
            throws InterruptedException, ExecutionException {
        CyclicBarrier allThreads = new CyclicBarrier(jobs);
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < jobs; w++) {
            fs.add(pool.submit(() -> {
                allThreads.await();
                for (Path c : charts) {
                    time(digitizer, c, heap);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
    }

    private static Timed time(Digitizer digitizer, Path chart, HeapSampler heap) {
        long t0 = System.nanoTime();
        boolean ok;
        try {
            digitizer.digitize(chart);
            ok = true;
        } catch (ImageLoadException | DigitizeException e) {
            ok = false;   // counted in the table: a bench measures speed, not accuracy
        }
        long dt = System.nanoTime() - t0;
        heap.sample();
        return new Timed(dt, ok);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void row(PrintWriter out, String name, String format, Object... args) {
        out.printf(Locale.ROOT, "  %-38s %s%n", name, String.format(Locale.ROOT, format, args));
    }

    /** CPU time used by this process so far, where the JVM reports it. */
    private static Optional<Long> processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return Optional.of(os.getProcessCpuTime());
        }
        return Optional.empty();
    }

    /** The resident set's high-water mark from /proc/self/status (Linux), in bytes. */
    static Optional<Long> peakRssBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
                    return Optional.of(Long.parseLong(parts[0]) * 1024);   // reported in kB
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();   // not Linux-like: the caller falls back to the heap sample
        }
        return Optional.empty();
    }

    /** Largest Java heap in use seen after any chart: the fallback where VmHWM is not available. */
    private static final class HeapSampler {
        private final AtomicLong max = new AtomicLong();

        void sample() {
            Runtime rt = Runtime.getRuntime();
            max.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        }

        long max() {
            return max.get();
        }
    }
}
