package io.github.chartdigitizer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code OUTDIR/summary.jsonl}: one JSON {@link Outcome} per line.
 *
 * <p>While a run goes, the file is a journal: each finished input is appended as one line and
 * flushed to the operating system at once, so a run that is killed keeps a line for every input
 * it finished (the last line may be cut short; reading back skips it). A resumed run appends
 * after the lines of the earlier run. When a run ends, normally or by Ctrl-C, the file is
 * {@linkplain #rewrite rewritten} atomically with exactly one line per input, in input order.
 */
final class SummaryJournal implements AutoCloseable {
    static final String FILE_NAME = "summary.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OutputStream out;

    /**
     * What an earlier run left in {@code summary.jsonl}.
     *
     * @param byName         the last line for each output name
     * @param unreadableLines lines that did not parse (a line cut short by a kill)
     */
    record ReadBack(Map<String, Outcome> byName, int unreadableLines) {
        ReadBack {
            byName = Map.copyOf(byName);
        }
    }

    private SummaryJournal(OutputStream out) {
        this.out = out;
    }

    /**
     * Opens the journal.
     *
     * @param keep true to append after what is there ({@code --resume}); false starts it empty
     */
    static SummaryJournal open(Path outDir, boolean keep) throws IOException {
        Path f = outDir.resolve(FILE_NAME);
        OutputStream out = keep
                ? Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
        return new SummaryJournal(out);
    }

    /** Appends one line, written in one call and flushed. Not thread-safe: the caller serialises. */
    void append(Outcome o) throws IOException {
        out.write((line(o) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Reads back the journal or summary an earlier run left; nothing if there is none. */
    static ReadBack readBack(Path outDir) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(outDir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ReadBack(Map.of(), 0);
        }
        Map<String, Outcome> byName = new LinkedHashMap<>();
        int bad = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            try {
                Outcome o = MAPPER.readValue(l, Outcome.class);
                byName.put(BatchInputs.baseName(Path.of(o.file())), o);
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                // A line cut short by a kill, or not ours: counted and reported by the caller.
                bad++;
            }
        }
        return new ReadBack(byName, bad);
    }

    /** Replaces {@code summary.jsonl} atomically with these outcomes, one line each. */
    static void rewrite(Path outDir, List<Outcome> outcomes) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            sb.append(line(o)).append('\n');
        }
        AtomicFiles.write(outDir.resolve(FILE_NAME), sb.toString());
    }

    private static String line(Outcome o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o, e);
        }
    }
}
