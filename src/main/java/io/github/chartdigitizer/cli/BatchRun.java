package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.output.ChartCsv;
import io.github.chartdigitizer.output.ChartJson;
import io.github.chartdigitizer.output.Sampling;
import io.github.chartdigitizer.select.SeriesSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Digitizes a list of inputs on a fixed pool of workers and writes each chart's files.
 *
 * <p>Each worker thread keeps its own OCR engine for the whole run (the {@link Digitizer} is
 * shared and thread-safe). A chart's files are written to temp files in parallel, then renamed
 * into place and its summary line appended under one lock ({@code commit}), CSV before JSON, so
 * {@code <name>.json} existing means the chart is complete. {@link #stop} closes that lock for
 * good: after it, no output appears and the outcomes no longer change.
 */
final class BatchRun {
    /** One chart's output, written but not yet renamed into place. */
    private record Pending(Path tmp, Path target) {
    }

    private final Digitizer digitizer;
    private final List<BatchInputs.Input> inputs;
    private final Path outDir;
    private final boolean csv;
    private final SummaryJournal journal;
    private final Progress progress;
    private final ExecutorService pool;
    private final AtomicReferenceArray<Outcome> outcomes;
    private final List<Future<?>> futures = new ArrayList<>();
    private final Object commitLock = new Object();
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;
    private boolean abandoned;            // guarded by commitLock
    private IOException journalError;     // guarded by commitLock

    /** Also write {@code <name>.overlay.png} per input, also when it fails. */
    private final boolean overlay;
    /** Which series of each chart to write. */
    private final SeriesSelection selection;

    BatchRun(Digitizer digitizer, SeriesSelection selection, List<BatchInputs.Input> inputs, Path outDir, boolean csv,
             boolean overlay, int jobs, SummaryJournal journal, Progress progress) {
        this.overlay = overlay;
        this.selection = selection;
        this.digitizer = digitizer;
        this.inputs = List.copyOf(inputs);
        this.outDir = outDir;
        this.csv = csv;
        this.journal = journal;
        this.progress = progress;
        this.outcomes = new AtomicReferenceArray<>(inputs.size());
        this.pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues every input; returns at once. */
    void start() {
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            futures.add(pool.submit(() -> process(index)));
        }
        pool.shutdown();
    }

    /**
     * Waits until every queued input is done or dropped by {@link #stop}.
     *
     * @throws ExecutionException when a worker died of an Error (out of memory, say)
     */
    void await() throws InterruptedException, ExecutionException {
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // keep waiting: a batch of thousands takes minutes
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /**
     * Stops taking inputs, gives the running ones up to {@code grace} to finish, then abandons
     * the rest: their temp files are deleted, never renamed, and their outcome stays empty.
     */
    void stop(Duration grace) throws InterruptedException {
        stopping = true;
        pool.shutdown();
        pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (commitLock) {
            abandoned = true;
        }
    }

    boolean stopping() {
        return stopping;
    }

    /** Inputs being digitized right now (abandoned ones included, after a stop). */
    int running() {
        return running.get();
    }

    /** The outcome of input {@code i}, empty if it was not done (dropped or abandoned by a stop). */
    Optional<Outcome> outcome(int i) {
        synchronized (commitLock) {
            return Optional.ofNullable(outcomes.get(i));
        }
    }

    /** The first failure to append to the summary journal, if any (the final summary is rewritten anyway). */
    Optional<IOException> journalError() {
        synchronized (commitLock) {
            return Optional.ofNullable(journalError);
        }
    }

    private void process(int i) {
        if (stopping) {
            return;
        }
        running.incrementAndGet();
        try {
            BatchInputs.Input in = inputs.get(i);
            long t0 = System.nanoTime();
            List<Pending> pending = new ArrayList<>(2);
            BatchStatus status;
            String reason = null;
            int series = 0;
            try {
                DigitizedChart c = selection.apply(overlay
                        ? OverlayOutput.digitize(digitizer, in.path(), outDir.resolve(in.name() + OverlayOutput.SUFFIX))
                        : digitizer.digitize(in.path()));
                Sampling every = new Sampling.EveryColumn();
                if (csv) {
                    Path target = outDir.resolve(in.name() + ".csv");
                    pending.add(new Pending(AtomicFiles.writeTemp(target, ChartCsv.write(c, every)), target));
                }
                Path json = outDir.resolve(in.name() + ".json");
                pending.add(new Pending(AtomicFiles.writeTemp(json, ChartJson.write(c, every) + "\n"), json));
                status = BatchStatus.OK;
                series = c.series().size();
            } catch (ImageLoadException e) {
                status = BatchStatus.of(e);
                reason = e.getMessage();
            } catch (DigitizeException e) {
                status = BatchStatus.of(e);
                reason = e.getMessage();
            } catch (IOException e) {
                status = BatchStatus.WRITE_FAILED;
                reason = "cannot write output: " + e;
            } catch (RuntimeException e) {
                status = BatchStatus.INTERNAL_ERROR;
                reason = e.toString();
            }
            Outcome o = commit(i, pending, new Outcome(in.path().toString(), status, reason, 0, series), t0);
            if (o != null) {
                if (!o.ok()) {
                    progress.note("chartdigitizer: " + o.file() + ": " + o.reason());
                }
                progress.done(o);
            }
        } finally {
            running.decrementAndGet();
        }
    }

    /** Renames the outputs into place and journals the outcome, or drops both after a stop. */
    private Outcome commit(int i, List<Pending> pending, Outcome o, long t0) {
        synchronized (commitLock) {
            if (abandoned) {
                deleteQuietly(pending);
                return null;
            }
            Outcome done = o;
            try {
                for (Pending p : pending) {
                    AtomicFiles.commit(p.tmp(), p.target());
                }
            } catch (IOException e) {
                deleteQuietly(pending);
                done = new Outcome(o.file(), BatchStatus.WRITE_FAILED, "cannot write output: " + e, 0, 0);
            }
            done = new Outcome(done.file(), done.status(), done.reason(), (System.nanoTime() - t0) / 1e9, done.series());
            outcomes.set(i, done);
            if (journalError == null) {
                try {
                    journal.append(done);
                } catch (IOException e) {
                    journalError = e;
                }
            }
            return done;
        }
    }

    /** Removes temp files of a chart that will not be committed; a leftover is swept by the next run. */
    private static void deleteQuietly(List<Pending> pending) {
        for (Pending p : pending) {
            try {
                Files.deleteIfExists(p.tmp());
            } catch (IOException e) {
                // Left for AtomicFiles.sweep at the start of the next run into this folder.
            }
        }
    }
}
