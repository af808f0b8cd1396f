package io.github.chartdigitizer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Batch progress on stderr: a live bar on a terminal, plain periodic lines otherwise (a log
 * file or CI), so stdout stays clean. Thread-safe: workers report as they finish.
 */
abstract class Progress implements AutoCloseable {
    /** How progress is shown. */
    enum Mode {
        /** A bar when stderr is a terminal ({@code System.console() != null}), else lines. */
        auto,
        /** A bar redrawn in place: done/total, rate, ETA, failures so far. */
        bar,
        /** A line every {@link Lines#INTERVAL} or every tenth of the inputs, whichever comes first. */
        lines,
        /** Nothing but failures and the closing line. */
        none
    }

    /** Starts showing progress over {@code total} inputs. */
    static Progress start(Mode mode, PrintWriter err, int total) {
        Mode m = mode == Mode.auto ? (System.console() != null ? Mode.bar : Mode.lines) : mode;
        return switch (m) {
            case bar -> new Bar(err, total);
            case lines -> new Lines(err, total);
            case none, auto -> new Silent(err);
        };
    }

    /** One input finished. */
    abstract void done(Outcome o);

    /** Prints a line (a failure) without garbling the bar. */
    abstract void note(String line);

    @Override
    public abstract void close();

    /** Failures and nothing else. */
    private static final class Silent extends Progress {
        private final PrintWriter err;

        Silent(PrintWriter err) {
            this.err = err;
        }

        @Override
        synchronized void done(Outcome o) {
        }

        @Override
        synchronized void note(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        public void close() {
        }
    }

    /** Plain lines: {@code batch: 40/120 (33%), 12.5 charts/s, ETA 6 s, 2 failed}. */
    static final class Lines extends Progress {
        /** 5 s: often enough to see a long run is alive, rare enough for a log. */
        static final Duration INTERVAL = Duration.ofSeconds(5);
        /** Also a line at every tenth of the inputs, so short runs show some progress. */
        private static final int STEPS = 10;

        private final PrintWriter err;
        private final int total;
        private final long startNanos = System.nanoTime();
        private long lastNanos = startNanos;
        private int lastStep;
        private int done;
        private int failed;

        Lines(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override
        synchronized void done(Outcome o) {
            done++;
            if (!o.ok()) {
                failed++;
            }
            long now = System.nanoTime();
            int step = total == 0 ? STEPS : (int) ((long) done * STEPS / total);
            if (now - lastNanos >= INTERVAL.toNanos() || step > lastStep) {
                lastNanos = now;
                lastStep = step;
                double secs = (now - startNanos) / 1e9;
                double rate = secs > 0 ? done / secs : 0;
                String eta = rate > 0 && done < total ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate) : "";
                err.printf(Locale.ROOT, "batch: %d/%d (%d%%), %.1f charts/s%s, %d failed%n",
                        done, total, total == 0 ? 100 : (long) done * 100 / total, rate, eta, failed);
                err.flush();
            }
        }

        @Override
        synchronized void note(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        public void close() {
        }
    }

    /** me.tongfei:progressbar drawing on the command's stderr writer. */
    private static final class Bar extends Progress {
        /** Redraws per second: 4 keeps the rate and ETA live without flicker. */
        private static final int UPDATE_MILLIS = 250;
        /** Columns when the terminal does not say. */
        private static final int DEFAULT_WIDTH = 80;

        private final WriterConsumer consumer;
        private final ProgressBar bar;
        private int failed;

        Bar(PrintWriter err, int total) {
            this.consumer = new WriterConsumer(err, terminalWidth());
            this.bar = new ProgressBarBuilder().setTaskName("Digitizing").setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(UPDATE_MILLIS)
                    .setConsumer(consumer).showSpeed().setUnit(" charts", 1).setSpeedUnit(ChronoUnit.SECONDS)
                    .build();
            bar.setExtraMessage(" 0 failed");
        }

        /**
         * The terminal's width from jline, opened and closed here. The bar library's own probe
         * keeps a jline terminal open with native signal handlers, which take SIGINT from the
         * JVM: Ctrl-C then kills the process without running the shutdown hook that writes the
         * summary. {@code nativeSignals(false)} leaves signals alone.
         */
        private static int terminalWidth() {
            try (Terminal t = TerminalBuilder.builder().system(true).nativeSignals(false).dumb(true).build()) {
                return t.getWidth() > 0 ? t.getWidth() : DEFAULT_WIDTH;
            } catch (IOException | RuntimeException e) {
                return DEFAULT_WIDTH;   // no usable terminal: the common default
            }
        }

        @Override
        synchronized void done(Outcome o) {
            if (!o.ok()) {
                failed++;
                bar.setExtraMessage(" " + failed + " failed");
            }
            bar.step();
        }

        @Override
        void note(String line) {
            consumer.note(line);
        }

        private boolean closed;

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                bar.close();
            }
        }
    }

    /** Draws the bar with a carriage return on the command's stderr writer; notes clear it first. */
    private static final class WriterConsumer implements ProgressBarConsumer {
        /** Carriage return, then ANSI "erase line" (the bar's colours need ANSI anyway). */
        private static final String CLEAR_LINE = "\r\033[2K";

        private final PrintWriter err;
        private final int width;
        private String lastBar = "";

        WriterConsumer(PrintWriter err, int width) {
            this.err = err;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public synchronized void accept(String rendered) {
            // The renderer already fits the bar into getMaxRenderedLength() columns.
            lastBar = rendered;
            err.print('\r' + lastBar);
            err.flush();
        }

        synchronized void note(String line) {
            err.print(CLEAR_LINE);
            err.println(line);
            err.print(lastBar);
            err.flush();
        }

        @Override
        public synchronized void close() {
            err.println();
            err.flush();
        }
    }
}
