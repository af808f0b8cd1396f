package io.github.chartdigitizer.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Makes libtesseract loadable without a system install. On Linux x86-64 the libraries come from
 * the {@code org.bytedeco:tesseract} and {@code org.bytedeco:leptonica} jars on the class path:
 * they are copied once into a cache folder ({@code ~/.cache/chart-digitizer/natives-<version>},
 * or the temp folder when the home folder is not writable), and {@code jna.library.path} is
 * pointed there before Tess4J loads. libtesseract's RUNPATH is {@code $ORIGIN}, so its
 * leptonica and libgomp are found beside it. Elsewhere Tess4J's own loading is left alone
 * (it ships Windows DLLs; macOS needs a Homebrew tesseract).
 */
final class TessNatives {
    private static final String TESS_DIR = "org/bytedeco/tesseract/linux-x86_64/";
    private static final String LEPT_DIR = "org/bytedeco/leptonica/linux-x86_64/";
    /** Resource path, then the file name(s) it is written under. */
    private static final List<String[]> FILES = List.of(
            new String[] {TESS_DIR + "libtesseract.so.5.5", "libtesseract.so.5.5", "libtesseract.so"},
            new String[] {LEPT_DIR + "libleptonica.so.6", "libleptonica.so.6"},
            new String[] {LEPT_DIR + "libgomp.so.1", "libgomp.so.1"});
    /** Bump when the bytedeco versions in pom.xml change, so a stale cache is not reused. */
    private static final String VERSION = "tesseract-5.5.1-leptonica-1.85.0";

    private static volatile boolean prepared;

    private TessNatives() {
    }

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        ClassLoader cl = TessNatives.class.getClassLoader();
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))
                && cl.getResource(FILES.get(0)[0]) != null) {
            Path dir = extract(cl);
            String existing = System.getProperty("jna.library.path");
            System.setProperty("jna.library.path",
                    existing == null || existing.isBlank() ? dir.toString() : dir + java.io.File.pathSeparator + existing);
        }
        prepared = true;
    }

    private static Path extract(ClassLoader cl) {
        IOException last = null;
        for (Path base : candidateDirs()) {
            Path dir = base.resolve("natives-" + VERSION);
            try {
                Files.createDirectories(dir);
                for (String[] f : FILES) {
                    for (int i = 1; i < f.length; i++) {
                        copyIfMissing(cl, f[0], dir.resolve(f[i]));
                    }
                }
                return dir;
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IllegalStateException("cannot write the OCR native libraries to a cache folder", last);
    }

    private static List<Path> candidateDirs() {
        String home = System.getProperty("user.home");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "chart-digitizer-" + System.getProperty("user.name", "user"));
        return home == null ? List.of(tmp) : List.of(Path.of(home, ".cache", "chart-digitizer"), tmp);
    }

    private static void copyIfMissing(ClassLoader cl, String resource, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            return;
        }
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            // Write beside, then rename: a concurrent or interrupted first run never leaves half a library.
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
