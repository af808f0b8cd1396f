package io.github.chartdigitizer.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.select.SeriesSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chartdigitizer batch INPUT... -o OUTDIR}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Digitizes many charts: files, folders (searched recursively for images) or @list.txt "
                + "(one path per line). Writes OUTDIR/<image name>.json per chart and OUTDIR/summary.jsonl "
                + "(file, status, reason, seconds, series) for every input; a bad input is recorded and the run "
                + "goes on.",
            "",
            "Outputs are written to a temp file and renamed, so a file never holds half a chart. Ctrl-C stops "
                + "taking inputs, lets running charts finish (up to 10 s) and writes the summary so far; "
                + "--resume then finishes the batch. Two inputs with the same name (a/x.png, b/x.jpg) are "
                + "refused up front."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input was digitized",
            "1:internal error",
            "2:usage error (including two inputs with the same name)",
            "3:some inputs were not digitized (see summary.jsonl)",
            "130:interrupted by Ctrl-C (143 for SIGTERM): summary.jsonl has what was done; run again with --resume"})
final class BatchCommand implements Callable<Integer> {
    /**
     * How long Ctrl-C waits for the charts being digitized. A chart takes well under a second
     * (the first on a worker up to a few), so 10 s lets them finish; a stuck one is abandoned.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Image files, folders, or @list.txt.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Folder for the results.")
    Path outDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel workers (default: one per core).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--overlay",
            description = "Also write OUTDIR/<image name>.overlay.png per input: the image with what was found "
                    + "drawn over it (plot area, ticks accepted and rejected, traced series), also when it fails.")
    boolean overlay;

    @Option(names = "--csv", description = "Also write OUTDIR/<image name>.csv per chart.")
    boolean csv;

    @Option(names = "--no-titles", description = "Skip reading titles and axis titles (faster).")
    boolean noTitles;

    @CommandLine.Mixin
    SeriesOptions seriesOptions;

    @Option(names = "--resume",
            description = "Skip inputs whose OUTDIR/<name>.json exists and is complete JSON (and .csv, with --csv); "
                    + "redo the rest, failed ones included. summary.jsonl keeps the earlier lines of skipped inputs.")
    boolean resume;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (default: a bar on a terminal, else a line every 5 s or 10%%), bar, lines or none. "
                    + "Progress goes to stderr.")
    Progress.Mode progressMode;

    /** Set once the closing summary is written, by the command or by the Ctrl-C hook, whichever is first. */
    private final AtomicBoolean finished = new AtomicBoolean();
    private final CountDownLatch hookDone = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1: " + jobs);
        }
        List<BatchInputs.Input> all;
        try {
            all = BatchInputs.expand(inputs);
        } catch (BatchInputs.BadInputs e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(outDir);
        int swept = AtomicFiles.sweep(outDir);
        if (swept > 0) {
            err.printf(Locale.ROOT, "chartdigitizer: removed %d temp file(s) an interrupted run left in %s%n", swept, outDir);
        }

        Outcome[] kept = new Outcome[all.size()];
        List<Integer> todo = new ArrayList<>();
        if (resume) {
            keepFinished(all, kept, todo, err);
        } else {
            for (int i = 0; i < all.size(); i++) {
                todo.add(i);
            }
        }

        SeriesSelection selection = seriesOptions.selection(spec.commandLine());
        Digitizer digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(!noTitles));
        List<BatchInputs.Input> work = todo.stream().map(all::get).toList();
        try (SummaryJournal journal = SummaryJournal.open(outDir, resume);
             Progress progress = Progress.start(progressMode, err, work.size())) {
            BatchRun run = new BatchRun(digitizer, selection, work, outDir, csv, overlay, jobs, journal, progress);
            Thread hook = new Thread(() -> onSignal(run, all, kept, todo, progress), "batch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                run.start();
                try {
                    run.await();
                } catch (ExecutionException e) {
                    // A worker died of an Error (out of memory, say): keep the summary of the rest
                    // (its input is left as not done), then fail with exit code 1.
                    progress.close();
                    finish(run, all, kept, todo, true);
                    throw e;
                }
                if (run.stopping()) {
                    // The shutdown hook owns the closing summary; the JVM exits when it is done.
                    hookDone.await();
                    return ExitCodes.INTERRUPTED;
                }
                run.journalError().ifPresent(e -> progress.note("chartdigitizer: cannot append to "
                        + SummaryJournal.FILE_NAME + " (" + e + "); it is written at the end instead"));
                progress.close();
                return finish(run, all, kept, todo, false);
            } finally {
                removeHook(hook);
            }
        }
    }

    /** With --resume: inputs whose output is complete keep their earlier outcome and are not redone. */
    private void keepFinished(List<BatchInputs.Input> all, Outcome[] kept, List<Integer> todo, PrintWriter err)
            throws IOException {
        SummaryJournal.ReadBack earlier = SummaryJournal.readBack(outDir);
        if (earlier.unreadableLines() > 0) {
            err.printf(Locale.ROOT, "chartdigitizer: ignored %d unreadable line(s) of %s (cut short by a kill)%n",
                    earlier.unreadableLines(), SummaryJournal.FILE_NAME);
        }
        for (int i = 0; i < all.size(); i++) {
            BatchInputs.Input in = all.get(i);
            Optional<Integer> series = completeSeriesCount(in.name());
            if (series.isEmpty()) {
                todo.add(i);
                continue;
            }
            Outcome before = earlier.byName().get(in.name());
            kept[i] = before != null && before.ok()
                    ? before.withFile(in.path().toString())
                    // The JSON was renamed into place but the kill came before its summary line.
                    : new Outcome(in.path().toString(), BatchStatus.OK, null, 0, series.get());
        }
        err.printf(Locale.ROOT, "chartdigitizer: --resume: %d of %d already done, %d to do%n",
                all.size() - todo.size(), all.size(), todo.size());
    }

    /**
     * The number of series in {@code OUTDIR/<name>.json} if it is one complete JSON document
     * (and, with --csv, the CSV exists too); empty if the chart must be redone.
     */
    private Optional<Integer> completeSeriesCount(String name) {
        Path json = outDir.resolve(name + ".json");
        if (!Files.isRegularFile(json) || (csv && !Files.isRegularFile(outDir.resolve(name + ".csv")))) {
            return Optional.empty();
        }
        try {
            JsonNode doc = STRICT.readTree(json.toFile());
            JsonNode series = doc == null ? null : doc.get("series");
            return series != null && series.isArray() ? Optional.of(series.size()) : Optional.empty();
        } catch (IOException e) {
            // Not complete JSON (written by something else, or damaged): the chart is redone.
            return Optional.empty();
        }
    }

    /** The shutdown hook (Ctrl-C, SIGTERM): stop, then the summary of what was done. */
    private void onSignal(BatchRun run, List<BatchInputs.Input> all, Outcome[] kept, List<Integer> todo,
                          Progress progress) {
        try {
            if (finished.get()) {
                return;
            }
            run.stop(STOP_GRACE);
            progress.close();
            finish(run, all, kept, todo, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            hookDone.countDown();
        }
    }

    /** Writes the final summary.jsonl and the closing line; returns the exit code. At most once. */
    private int finish(BatchRun run, List<BatchInputs.Input> all, Outcome[] kept, List<Integer> todo,
                       boolean interrupted) {
        if (!finished.compareAndSet(false, true)) {
            return ExitCodes.INTERRUPTED;   // the Ctrl-C hook got there first
        }
        PrintWriter err = spec.commandLine().getErr();
        Outcome[] merged = kept.clone();
        for (int k = 0; k < todo.size(); k++) {
            int i = todo.get(k);
            merged[i] = run.outcome(k).orElseGet(() -> new Outcome(all.get(i).path().toString(),
                    BatchStatus.INTERRUPTED, "the run was stopped before this input was done", 0, 0));
        }
        int ok = 0;
        int failed = 0;
        for (Outcome o : merged) {
            if (o.ok()) {
                ok++;
            } else if (o.status() != BatchStatus.INTERRUPTED) {
                failed++;
            }
        }
        int code = failed == 0 ? ExitCodes.OK : ExitCodes.NO_CHART;
        try {
            SummaryJournal.rewrite(outDir, List.of(merged));
        } catch (IOException e) {
            err.println("chartdigitizer: cannot write " + outDir.resolve(SummaryJournal.FILE_NAME) + ": " + e.getMessage());
            code = ExitCodes.INTERNAL;
        }
        if (interrupted) {
            err.printf(Locale.ROOT, "Interrupted: digitized %d of %d (%d failed, %d not done); "
                    + "run again with --resume to finish%n", ok, all.size(), failed, all.size() - ok - failed);
        } else {
            err.printf(Locale.ROOT, "Digitized %d of %d (%d failed)%n", ok, all.size(), failed);
        }
        err.flush();
        return code;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown already in progress: the hook is running or has run, and writes the summary.
        }
    }
}
