package io.github.chartdigitizer.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the folder holding {@code eng.traineddata}: the {@code chartdigitizer.models} system
 * property, else {@code models/} in the working folder or beside the jar's folder, else the copy
 * inside the Tess4J jar ({@code tessdata/eng.traineddata}, the same file) extracted to the cache.
 */
public final class ModelLocator {
    public static final String PROPERTY = "chartdigitizer.models";
    private static final String MODEL = "eng.traineddata";

    private ModelLocator() {
    }

    public static Path locate() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        candidates.add(Path.of("models"));
        try {
            Path jar = Path.of(ModelLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            if (dir != null) {
                candidates.add(dir.resolve("models"));
                if (dir.getParent() != null) {
                    candidates.add(dir.getParent().resolve("models"));
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loader): fall through to the bundled copy.
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve(MODEL))) {
                return c.toAbsolutePath();
            }
        }
        return extractBundled();
    }

    private static Path extractBundled() {
        Path dir = Path.of(System.getProperty("user.home", System.getProperty("java.io.tmpdir")), ".cache",
                "chart-digitizer", "models");
        Path target = dir.resolve(MODEL);
        if (Files.isRegularFile(target)) {
            return dir;
        }
        try (InputStream in = ModelLocator.class.getClassLoader().getResourceAsStream("tessdata/" + MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OCR model " + MODEL + " not found: set -D" + PROPERTY + "=DIR");
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, MODEL, ".part");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("cannot extract the OCR model to " + dir, e);
        }
    }
}
