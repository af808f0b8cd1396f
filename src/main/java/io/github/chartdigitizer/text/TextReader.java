package io.github.chartdigitizer.text;

import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.internal.OpenCv;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.ocr.GrayImage;
import io.github.chartdigitizer.ocr.OcrEngine;
import io.github.chartdigitizer.ocr.OcrText;
import io.github.chartdigitizer.ocr.SegMode;
import java.nio.file.Path;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Reads a group of glyphs with OCR. The crop keeps only the group's own glyph boxes (so tick
 * marks and frame lines next to a label do not become characters), is stretched to black on
 * white, scaled so that the text is about {@link OcrConfig#targetHeight()} pixels tall
 * (Tesseract reads small chart fonts poorly at their native 8-12 px), and padded.
 */
public final class TextReader {
    /** How the text runs in the image. */
    public enum Direction {
        /** Ordinary left-to-right text. */
        HORIZONTAL,
        /** Rotated 90 degrees anticlockwise, reading bottom to top (y axis titles). */
        UPWARD
    }

    private final Path modelDir;
    private final OcrConfig config;

    public TextReader(Path modelDir, OcrConfig config) {
        this.modelDir = modelDir;
        this.config = config;
    }

    public OcrText read(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir, SegMode mode,
                        String whitelist) {
        GrayImage crop = crop(img, glyphs, pageColor, dir);
        return OcrEngine.forCurrentThread(modelDir).read(crop, mode, whitelist);
    }

    GrayImage crop(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir) {
        PixelBox box = glyphs.get(0).box();
        for (Glyph g : glyphs) {
            box = box.union(g.box());
        }
        int w = box.width(), h = box.height();
        double bgLuma = RasterImage.luma(pageColor);
        double darkest = bgLuma;
        for (Glyph g : glyphs) {
            PixelBox b = g.box();
            for (int y = b.top(); y < b.bottom(); y++) {
                for (int x = b.left(); x < b.right(); x++) {
                    darkest = Math.min(darkest, img.luma(x, y));
                }
            }
        }
        double range = Math.max(1, bgLuma - darkest);
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (Glyph g : glyphs) {
            PixelBox b = g.box();
            for (int y = b.top(); y < b.bottom(); y++) {
                for (int x = b.left(); x < b.right(); x++) {
                    double v = (img.luma(x, y) - darkest) / range * 255.0;
                    int o = (y - box.top()) * w + (x - box.left());
                    px[o] = (byte) Math.max(0, Math.min(255, Math.round(v)));
                }
            }
        }
        int textHeight = dir == Direction.HORIZONTAL ? h : w;
        if (dir == Direction.UPWARD) {
            byte[] r = new byte[w * h];
            // Rotate 90 degrees clockwise: (x, y) -> (h - 1 - y, x); the result is h wide, w tall.
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    r[x * h + (h - 1 - y)] = px[y * w + x];
                }
            }
            px = r;
            int t = w;
            w = h;
            h = t;
        }
        return scaleAndPad(px, w, h, textHeight);
    }

    private GrayImage scaleAndPad(byte[] px, int w, int h, int textHeight) {
        OpenCv.ensureLoaded();
        double scale = Math.max(1.0, Math.min(config.maxScale(), (double) config.targetHeight() / Math.max(1, textHeight)));
        Mat src = new Mat(h, w, CvType.CV_8UC1);
        Mat scaled = new Mat();
        Mat padded = new Mat();
        try {
            src.put(0, 0, px);
            Imgproc.resize(src, scaled, new Size(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))),
                    0, 0, Imgproc.INTER_CUBIC);
            int pad = (int) Math.round(config.targetHeight() * config.padding());
            Core.copyMakeBorder(scaled, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(255));
            byte[] out = new byte[(int) padded.total()];
            padded.get(0, 0, out);
            return new GrayImage(padded.cols(), padded.rows(), out);
        } finally {
            src.release();
            scaled.release();
            padded.release();
        }
    }
}
