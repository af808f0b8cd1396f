package io.github.chartdigitizer.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG, JPEG, BMP, GIF (first frame) and, on Java 9+, TIFF and WBMP through ImageIO.
 *
 * <p>ImageIO is used for decoding rather than OpenCV's {@code imread} because it reports a
 * truncated file as an exception or a warning we can act on (libpng/libjpeg inside OpenCV print
 * to stderr and return a partial or empty image), and it tells the size from the header, so a
 * huge image is refused before any pixel memory is allocated.
 */
public final class ImageLoader {
    /** Limits checked against the header before decoding. */
    public record Limits(int maxSide, long maxPixels) {
        /**
         * 30000 px a side and 100 megapixels: far above any screen or page figure, and a
         * 100 MP raster still fits comfortably (400 MB as packed ints).
         */
        public static final Limits DEFAULTS = new Limits(30_000, 100_000_000L);

        public Limits {
            if (maxSide <= 0 || maxPixels <= 0) {
                throw new IllegalArgumentException("limits must be positive: maxSide=" + maxSide + ", maxPixels=" + maxPixels);
            }
        }
    }

    private final Limits limits;

    public ImageLoader(Limits limits) {
        this.limits = limits;
    }

    public RasterImage load(Path path) throws ImageLoadException {
        if (!Files.exists(path)) {
            throw new ImageLoadException(path, ImageLoadException.Kind.MISSING, null, null);
        }
        if (!Files.isRegularFile(path)) {
            throw new ImageLoadException(path, ImageLoadException.Kind.NOT_A_FILE, null, null);
        }
        try {
            if (Files.size(path) == 0) {
                throw new ImageLoadException(path, ImageLoadException.Kind.EMPTY, null, null);
            }
        } catch (IOException e) {
            throw new ImageLoadException(path, ImageLoadException.Kind.UNREADABLE, e.getMessage(), e);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            if (in == null) {
                throw new ImageLoadException(path, ImageLoadException.Kind.UNREADABLE, null, null);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageLoadException(path, ImageLoadException.Kind.NOT_AN_IMAGE, null, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w;
                int h;
                try {
                    w = reader.getWidth(0);
                    h = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw new ImageLoadException(path, ImageLoadException.Kind.TRUNCATED, "bad header: " + e.getMessage(), e);
                }
                checkSize(path, w, h);
                AtomicReference<String> warning = new AtomicReference<>();
                reader.addIIOReadWarningListener(warningCollector(warning));
                BufferedImage img;
                try {
                    ImageReadParam param = reader.getDefaultReadParam();
                    img = reader.read(0, param);
                } catch (IOException | RuntimeException e) {
                    throw new ImageLoadException(path, ImageLoadException.Kind.TRUNCATED, e.getMessage(), e);
                }
                if (warning.get() != null) {
                    throw new ImageLoadException(path, ImageLoadException.Kind.TRUNCATED, warning.get(), null);
                }
                return toRaster(img);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageLoadException(path, ImageLoadException.Kind.UNREADABLE, e.getMessage(), e);
        }
    }

    private void checkSize(Path path, int w, int h) throws ImageLoadException {
        if (w <= 0 || h <= 0) {
            throw new ImageLoadException(path, ImageLoadException.Kind.TRUNCATED, "size " + w + "x" + h, null);
        }
        if (w > limits.maxSide() || h > limits.maxSide() || (long) w * h > limits.maxPixels()) {
            throw new ImageLoadException(path, ImageLoadException.Kind.TOO_LARGE,
                    w + "x" + h + " px; the limit is " + limits.maxSide() + " px a side and "
                            + limits.maxPixels() / 1_000_000 + " megapixels", null);
        }
    }

    private static IIOReadWarningListener warningCollector(AtomicReference<String> sink) {
        return (source, message) -> sink.compareAndSet(null, message);
    }

    /** Packs any BufferedImage into opaque RGB, compositing transparency over white. */
    public static RasterImage toRaster(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        boolean alpha = img.getColorModel().hasAlpha();
        for (int i = 0; i < argb.length; i++) {
            int c = argb[i];
            if (alpha) {
                int a = (c >>> 24) & 0xff;
                if (a != 255) {
                    int r = (RasterImage.red(c) * a + 255 * (255 - a)) / 255;
                    int g = (RasterImage.green(c) * a + 255 * (255 - a)) / 255;
                    int b = (RasterImage.blue(c) * a + 255 * (255 - a)) / 255;
                    c = (r << 16) | (g << 8) | b;
                }
            }
            argb[i] = c & 0xffffff;
        }
        return new RasterImage(w, h, argb);
    }
}
