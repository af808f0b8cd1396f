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
 * <p>ImageIO reads the header first, so a huge image is refused before any pixel memory is
 * allocated. A complete 8-bit PNG or JPEG (its end marker present) is then decoded by OpenCV,
 * which is faster; anything else, and any file whose end is missing, is decoded by ImageIO,
 * which reports a truncated file as an exception or a warning we can act on (libpng/libjpeg
 * inside OpenCV print to stderr and return a partial or empty image).
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
                RasterImage fast = decodeNative(path, reader.getFormatName());
                if (fast != null) {
                    return fast;
                }
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

    /** PNG's last chunk, IEND, with its CRC: a complete PNG file ends with these 12 bytes. */
    private static final byte[] PNG_TRAILER = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    /** A JPEG ends with EOI (FF D9), allowing this many bytes of padding after it. */
    private static final int JPEG_TAIL = 64;

    /**
     * Decodes a complete 8-bit PNG or JPEG with OpenCV (about 3x faster than ImageIO here:
     * 5 vs 14 ms a chart), or returns null to leave the file to ImageIO: other formats, 16-bit
     * or unusual files, and files whose end marker is missing, which ImageIO then reports as
     * truncated (OpenCV would return part of the picture).
     */
    private static RasterImage decodeNative(Path path, String format) {
        String f = format.toLowerCase(java.util.Locale.ROOT);
        boolean png = f.equals("png");
        boolean jpeg = f.equals("jpeg") || f.equals("jpg");
        if (!png && !jpeg) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
        if (png ? !endsWith(bytes, PNG_TRAILER) : !hasJpegEnd(bytes)) {
            return null;
        }
        io.github.chartdigitizer.internal.OpenCv.ensureLoaded();
        org.opencv.core.MatOfByte encoded = new org.opencv.core.MatOfByte(bytes);
        org.opencv.core.Mat m = org.opencv.imgcodecs.Imgcodecs.imdecode(encoded, org.opencv.imgcodecs.Imgcodecs.IMREAD_UNCHANGED);
        encoded.release();
        try {
            if (m.empty() || m.depth() != org.opencv.core.CvType.CV_8U) {
                return null;
            }
            int w = m.cols(), h = m.rows(), ch = m.channels();
            if (ch != 1 && ch != 3 && ch != 4) {
                return null;
            }
            return new RasterImage(w, h, packed(m, ch));
        } finally {
            m.release();
        }
    }

    /**
     * An image's packed pixels: OpenCV spreads grey or BGR to BGRA (a BGRA image is taken as
     * it is), whose bytes read as little-endian ints are 0xAARRGGBB, composited over white. A
     * per-pixel loop over the channels cost as much as decoding the PNG.
     */
    private static int[] packed(org.opencv.core.Mat m, int ch) {
        org.opencv.core.Mat bgra = ch == 4 ? m : new org.opencv.core.Mat();
        try {
            if (ch != 4) {
                org.opencv.imgproc.Imgproc.cvtColor(m, bgra, ch == 1 ? org.opencv.imgproc.Imgproc.COLOR_GRAY2BGRA
                        : org.opencv.imgproc.Imgproc.COLOR_BGR2BGRA);
            }
            byte[] px = new byte[m.cols() * m.rows() * 4];
            bgra.get(0, 0, px);
            int[] argb = new int[m.cols() * m.rows()];
            java.nio.ByteBuffer.wrap(px).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(argb);
            return overWhite(argb);
        } finally {
            if (bgra != m) {
                bgra.release();
            }
        }
    }

    /**
     * Packed 0xAARRGGBB pixels turned, in place, into opaque 0xRRGGBB composited over white.
     * Most images are opaque throughout, so only pixels with some transparency need the
     * arithmetic.
     */
    private static int[] overWhite(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            int c = argb[i];
            int a = c >>> 24;
            if (a != 255) {
                int r = (RasterImage.red(c) * a + 255 * (255 - a)) / 255;
                int g = (RasterImage.green(c) * a + 255 * (255 - a)) / 255;
                int b = (RasterImage.blue(c) * a + 255 * (255 - a)) / 255;
                c = (r << 16) | (g << 8) | b;
            }
            argb[i] = c & 0xffffff;
        }
        return argb;
    }

    private static boolean endsWith(byte[] b, byte[] tail) {
        if (b.length < tail.length) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (b[b.length - tail.length + i] != tail[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasJpegEnd(byte[] b) {
        for (int i = b.length - 2; i >= Math.max(0, b.length - JPEG_TAIL); i--) {
            if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xD9) {
                return true;
            }
        }
        return false;
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
        // getRGB gives 0xAARRGGBB, alpha 255 throughout for an image without transparency.
        return new RasterImage(w, h, overWhite(img.getRGB(0, 0, w, h, null, 0, w)));
    }
}
