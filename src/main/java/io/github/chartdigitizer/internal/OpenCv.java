package io.github.chartdigitizer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads OpenCV's native library once per process. On Linux x86-64 the library inside the
 * openpnp jar is copied once to {@code ~/.cache/chart-digitizer/natives-opencv-4.9.0} and loaded
 * from there: openpnp's own {@code loadLocally()} copies its 60 MB library to a new temporary
 * file on every start, most of a cold start's time. Elsewhere {@code loadLocally()} is used.
 */
public final class OpenCv {
    private static final String LINUX_LIB = "nu/pattern/opencv/linux/x86_64/libopencv_java490.so";
    /** Bump with the openpnp version in pom.xml. */
    private static final String CACHE = "natives-opencv-4.9.0";

    private static volatile boolean loaded;

    private OpenCv() {
    }

    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OpenCv.class) {
                if (!loaded) {
                    load();
                    loaded = true;
                }
            }
        }
    }

    private static void load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            try {
                Path lib = cached();
                if (lib != null) {
                    System.load(lib.toAbsolutePath().toString());
                    return;
                }
            } catch (IOException | UnsatisfiedLinkError e) {
                // Fall back to openpnp's own loader below.
            }
        }
        nu.pattern.OpenCV.loadLocally();
    }

    private static Path cached() throws IOException {
        String home = System.getProperty("user.home");
        if (home == null) {
            return null;
        }
        Path dir = Path.of(home, ".cache", "chart-digitizer", CACHE);
        Path target = dir.resolve("libopencv_java490.so");
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            return target;
        }
        try (InputStream in = OpenCv.class.getClassLoader().getResourceAsStream(LINUX_LIB)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "libopencv", ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        }
    }
}
