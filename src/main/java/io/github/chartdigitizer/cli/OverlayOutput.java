package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.diagnostics.DiagnosticsCollector;
import io.github.chartdigitizer.diagnostics.DiagnosticsRecorder;
import io.github.chartdigitizer.diagnostics.OverlayOptions;
import io.github.chartdigitizer.diagnostics.OverlayRenderer;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.DigitizedChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Digitizing with a diagnostics overlay written beside the result, for {@code digitize
 * --overlay} and {@code batch --overlay}. The overlay is written also when digitizing fails,
 * showing how far it got; only an image that cannot be read at all gets none.
 */
final class OverlayOutput {
    /** Suffix of an overlay's file name: {@code <image name>.overlay.png}. */
    static final String SUFFIX = ".overlay.png";

    private OverlayOutput() {
    }

    /**
     * Digitizes {@code image} and writes its overlay PNG to {@code overlay}.
     *
     * @throws DigitizeException when the chart cannot be read (the overlay is written first; a
     *                           failure to write it is attached as suppressed)
     * @throws IOException       when the chart was read but the overlay cannot be written
     */
    static DigitizedChart digitize(Digitizer digitizer, Path image, Path overlay)
            throws ImageLoadException, DigitizeException, IOException {
        RasterImage img = digitizer.load(image);
        DiagnosticsCollector diag = DiagnosticsRecorder.collecting();
        DigitizedChart chart;
        try {
            chart = digitizer.digitize(img, image.getFileName().toString(), diag);
        } catch (DigitizeException | RuntimeException e) {
            try {
                write(overlay, img, diag);
            } catch (IOException | RuntimeException w) {
                e.addSuppressed(w);
            }
            throw e;
        }
        write(overlay, img, diag);
        return chart;
    }

    /** {@code target}, or {@code target/<image name>.overlay.png} when target is a folder. */
    static Path resolve(Path target, Path image) {
        return Files.isDirectory(target) ? target.resolve(baseName(image) + SUFFIX) : target;
    }

    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static void write(Path target, RasterImage img, DiagnosticsCollector diag) throws IOException {
        byte[] png = OverlayRenderer.png(OverlayRenderer.render(img, diag.report(), OverlayOptions.DEFAULTS));
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Temp file then rename, so an interrupted run never leaves half an image. Created
        // plainly (not createTempFile, which makes it private), so the umask decides its mode.
        Path tmp = dir.resolve(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, png, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
