package io.github.chartdigitizer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Output files written beside their target as {@code <name><digits>.tmp}, then renamed over it:
 * a reader, or a run that was killed, never sees half a file.
 */
final class AtomicFiles {
    /** Random names tried before giving up; a clash of 64-bit random names is a sign of a bug. */
    private static final int NAME_ATTEMPTS = 3;
    /**
     * The temp files we make for our outputs ({@code p1.json123.tmp},
     * {@code summary.jsonl123.tmp}; see {@link #writeTemp}): the only temp files {@link #sweep} deletes.
     */
    private static final Pattern OUR_TEMP = Pattern.compile(".+\\.(json|jsonl|csv)\\d+\\.tmp");

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} to a new temp file beside {@code target} and returns it; nothing is left
     * on failure. The file is created like any other (permissions from the umask), not with
     * {@link Files#createTempFile}'s owner-only permissions, which the rename would carry over to
     * the output.
     */
    static Path writeTemp(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(target.getFileName() + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
    }

    /** Renames a temp file from {@link #writeTemp} over its target, atomically. */
    static void commit(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Temp file then rename. */
    static void write(Path target, String text) throws IOException {
        Path tmp = writeTemp(target, text);
        try {
            commit(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the temp files a killed run left in {@code dir} (not below it).
     *
     * @return how many were deleted
     */
    static int sweep(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir,
                p -> OUR_TEMP.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))) {
            for (Path p : s) {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            }
        }
        return n;
    }
}
