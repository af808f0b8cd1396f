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
        UPWARD,
        /** Rotated 90 degrees clockwise, reading top to bottom (ggplot2's y title on the right). */
        DOWNWARD
    }

    private final Path modelDir;
    private final OcrConfig config;

    public TextReader(Path modelDir, OcrConfig config) {
        this.modelDir = modelDir;
        this.config = config;
    }

    public OcrText read(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir, SegMode mode,
                        String whitelist) {
        return read(img, glyphs, pageColor, dir, mode, whitelist, false);
    }

    /**
     * @param binarize threshold the enlarged crop (Otsu) before OCR: crisper strokes for tiny,
     *                 blurred text, at the cost of thin details on clean text, so a second try
     */
    public OcrText read(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir, SegMode mode,
                        String whitelist, boolean binarize) {
        GrayImage crop = crop(img, glyphs, pageColor, dir, binarize, config.targetHeight());
        return OcrEngine.forCurrentThread(modelDir).read(crop, mode, whitelist);
    }

    /**
     * Reads text that runs at {@code degrees} anticlockwise from level (x tick labels rotated by
     * the plotting library), turned level first.
     */
    public OcrText readRotated(RasterImage img, List<Glyph> glyphs, int pageColor, double degrees, SegMode mode,
                               boolean binarize) {
        PixelBox box = inkBox(img, glyphs);
        int w = box.width(), h = box.height();
        byte[] px = stretched(img, box, pageColor);
        OpenCv.ensureLoaded();
        Mat src = new Mat(h, w, CvType.CV_8UC1);
        Mat level = new Mat();
        try {
            src.put(0, 0, px);
            // Turned clockwise by the text's angle about the crop's centre, on a canvas large
            // enough to hold the turned crop.
            double a = Math.toRadians(degrees), cos = Math.abs(Math.cos(a)), sin = Math.abs(Math.sin(a));
            int nw = (int) Math.ceil(w * cos + h * sin), nh = (int) Math.ceil(w * sin + h * cos);
            Mat m = Imgproc.getRotationMatrix2D(new org.opencv.core.Point(w / 2.0, h / 2.0), -degrees, 1.0);
            m.put(0, 2, m.get(0, 2)[0] + (nw - w) / 2.0);
            m.put(1, 2, m.get(1, 2)[0] + (nh - h) / 2.0);
            Imgproc.warpAffine(src, level, m, new Size(nw, nh), Imgproc.INTER_CUBIC, Core.BORDER_CONSTANT, new Scalar(255));
            m.release();
            byte[] out = new byte[nw * nh];
            level.get(0, 0, out);
            // The text's height once level: the rows holding ink.
            int top = nh, bottom = -1;
            for (int y = 0; y < nh; y++) {
                for (int x = 0; x < nw; x++) {
                    if ((out[y * nw + x] & 0xff) < INK_LEVEL) {
                        top = Math.min(top, y);
                        bottom = y;
                        break;
                    }
                }
            }
            int textHeight = Math.max(1, bottom - top + 1);
            GrayImage crop = scaleAndPad(out, nw, nh, textHeight, binarize, config.targetHeight());
            return OcrEngine.forCurrentThread(modelDir).read(crop, mode, "");
        } finally {
            src.release();
            level.release();
        }
    }

    /** Grey level (black text on white) under which a turned crop's pixel is ink. */
    private static final int INK_LEVEL = 128;

    /** Reads with each character's box (in the crop, text upright). */
    private OcrText readWithSymbols(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir, int targetHeight) {
        GrayImage crop = crop(img, glyphs, pageColor, dir, false, targetHeight);
        return OcrEngine.forCurrentThread(modelDir).read(crop, SegMode.LINE, "", true);
    }

    /**
     * Tesseract cannot tell the letter O from the digit 0 by context in short chart text ("L0",
     * "T10"), but their shapes differ: in DejaVu, Helvetica and their kin the digit is a narrow
     * oval (ink about 0.55-0.7 as wide as tall), the letter nearly round (0.9 and over). When the
     * text has exactly one character per glyph, left to right, each O/0 is settled by its
     * glyph's aspect ratio.
     */
    static String fixZeroAndOh(String text, List<Glyph> glyphs, Direction dir) {
        String compact = text.replace(" ", "");
        if (compact.chars().noneMatch(c -> c == 'O' || c == '0')) {
            return text;
        }
        // One box per character: the dot of an i or j overlaps its stem along the text.
        List<Glyph> ordered = new java.util.ArrayList<>(characters(glyphs, dir));
        if (compact.length() != ordered.size()) {
            return text;
        }
        ordered.sort(java.util.Comparator.comparingInt(g -> switch (dir) {
            case HORIZONTAL -> g.box().left();
            case UPWARD -> -g.box().bottom();
            case DOWNWARD -> g.box().top();
        }));
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                sb.append(c);
                continue;
            }
            PixelBox b = ordered.get(k++).box();
            double across = dir == Direction.HORIZONTAL ? b.width() : b.height();
            double tall = dir == Direction.HORIZONTAL ? b.height() : b.width();
            sb.append(zeroOrOh(c, across / Math.max(1, tall)));
        }
        return sb.toString();
    }

    /**
     * Joins glyphs lying mostly (70%) within another's extent along the text, as the dot of an
     * i does; kerned neighbours that merely touch stay apart.
     */
    private static List<Glyph> characters(List<Glyph> glyphs, Direction dir) {
        List<PixelBox> boxes = new java.util.ArrayList<>(glyphs.stream().map(Glyph::box).toList());
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < boxes.size() && !merged; i++) {
                for (int j = 0; j < boxes.size() && !merged; j++) {
                    PixelBox a = boxes.get(i), b = boxes.get(j);
                    if (i == j) {
                        continue;
                    }
                    int overlap = dir == Direction.HORIZONTAL ? a.horizontalOverlap(b) : a.verticalOverlap(b);
                    int span = dir == Direction.HORIZONTAL ? b.width() : b.height();
                    if (overlap >= 0.7 * span) {
                        boxes.set(i, a.union(b));
                        boxes.remove(j);
                        merged = true;
                    }
                }
            }
        }
        return boxes.stream().map(b -> new Glyph(b, 0)).toList();
    }

    /** An O or 0 as its shape (width / height along the text) says; any other character as read. */
    private static char zeroOrOh(char c, double aspect) {
        if (c == 'O' && aspect < DIGIT_ZERO_MAX_ASPECT) {
            return '0';
        }
        return c == '0' && aspect > LETTER_O_MIN_ASPECT ? 'O' : c;
    }

    /** Widest (ink width / height) a digit zero is; see {@link #fixZeroAndOh}. */
    private static final double DIGIT_ZERO_MAX_ASPECT = 0.78;
    /** Narrowest a capital O is. */
    private static final double LETTER_O_MIN_ASPECT = 0.88;

    /** Mean character confidence below which a title is read a second time at another scale. */
    static final double RETRY_BELOW = 0.5;
    /** The second reading's text height as a share of the first's. */
    static final double RETRY_SCALE = 0.9;

    /**
     * Reads a rotated title that may run either way (a y title on the right: matplotlib turns it
     * to read upwards, ggplot2 downwards): both readings, the more confident kept.
     */
    public String readUprightTitle(RasterImage img, List<Glyph> glyphs, int pageColor) {
        OcrText up = readWithSymbols(img, glyphs, pageColor, Direction.UPWARD, config.titleHeight());
        OcrText down = readWithSymbols(img, glyphs, pageColor, Direction.DOWNWARD, config.titleHeight());
        return down.confidence() > up.confidence() ? finishTitle(down, img, glyphs, pageColor, Direction.DOWNWARD)
                : finishTitle(up, img, glyphs, pageColor, Direction.UPWARD);
    }

    /** Reads free text (a title): no whitelist, one line, O/0 settled by shape. */
    public String readTitle(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir) {
        return finishTitle(readWithSymbols(img, glyphs, pageColor, dir, config.titleHeight()), img, glyphs, pageColor, dir);
    }

    /** A title from its first reading: read again smaller when unsure, O/0 settled by shape. */
    private String finishTitle(OcrText first, RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir) {
        OcrText t = first;
        if (t.confidence() < RETRY_BELOW) {
            // Tesseract's LSTM is not stable under scale: at one size a short word may come back
            // empty or with doubled letters ("AdamwWw") and read cleanly at a slightly smaller one.
            OcrText again = readWithSymbols(img, glyphs, pageColor, dir,
                    (int) Math.round(config.titleHeight() * RETRY_SCALE));
            if (again.confidence() > t.confidence()) {
                t = again;
            }
        }
        String bySymbols = fixZeroAndOhBySymbols(t);
        return bySymbols != null ? bySymbols : fixZeroAndOh(t.text(), glyphs, dir);
    }

    /**
     * The O/0 decision of {@link #fixZeroAndOh} from Tesseract's own character boxes, which
     * also split letters that touch (the rotated "L0" of the seed chart is one ink blob).
     * Returns null when the symbols do not spell the text (then the glyphs decide).
     */
    static String fixZeroAndOhBySymbols(OcrText t) {
        String compact = t.text().replaceAll("\\s", "");
        StringBuilder spelled = new StringBuilder();
        t.symbols().forEach(sym -> spelled.append(sym.text()));
        if (t.symbols().isEmpty() || !spelled.toString().equals(compact)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (char c : t.text().toCharArray()) {
            if (Character.isWhitespace(c)) {
                sb.append(c);
                continue;
            }
            OcrText.Symbol sym = t.symbols().get(k++);
            if (sym.text().length() != 1) {
                return null; // a multi-character symbol (ligature): leave it to the glyphs
            }
            sb.append(sym.height() > 0 ? zeroOrOh(c, (double) sym.width() / sym.height()) : c);
        }
        return sb.toString();
    }

    GrayImage crop(RasterImage img, List<Glyph> glyphs, int pageColor, Direction dir, boolean binarize, int targetHeight) {
        PixelBox box = inkBox(img, glyphs);
        int w = box.width(), h = box.height();
        byte[] px = stretched(img, box, pageColor);
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
        } else if (dir == Direction.DOWNWARD) {
            byte[] r = new byte[w * h];
            // Rotate 90 degrees anticlockwise: (x, y) -> (y, w - 1 - x); the result is h wide, w tall.
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    r[(w - 1 - x) * h + y] = px[y * w + x];
                }
            }
            px = r;
            int t = w;
            w = h;
            h = t;
        }
        return scaleAndPad(px, w, h, textHeight, binarize, targetHeight);
    }

    /** The box's pixels in grey, stretched so the strongest ink is black and the page white. */
    private static byte[] stretched(RasterImage img, PixelBox box, int pageColor) {
        int w = box.width(), h = box.height();
        // Ink as contrast against the page: darker than a light page, lighter than a dark one.
        double strongest = 0;
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                strongest = Math.max(strongest, RasterImage.inkContrast(img.rgb(x, y), pageColor));
            }
        }
        double range = Math.max(1, strongest);
        byte[] px = new byte[w * h];
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                double v = (strongest - RasterImage.inkContrast(img.rgb(x, y), pageColor)) / range * 255.0;
                px[(y - box.top()) * w + (x - box.left())] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return px;
    }

    /**
     * The glyphs' box grown by a pixel: the box holds only pixels dark enough to be ink, and the
     * fainter anti-aliased rim outside it is part of the letters' shape. Everything in the box
     * is kept, so faint decimal points and minus signs that did not make a glyph of their own
     * are still read.
     */
    private static PixelBox inkBox(RasterImage img, List<Glyph> glyphs) {
        PixelBox box = glyphs.get(0).box();
        for (Glyph g : glyphs) {
            box = box.union(g.box());
        }
        return box.grow(1, 1).clampedTo(new PixelBox(0, 0, img.width(), img.height()));
    }

    private GrayImage scaleAndPad(byte[] px, int w, int h, int textHeight, boolean binarize, int targetHeight) {
        OpenCv.ensureLoaded();
        double scale = Math.max(1.0, Math.min(config.maxScale(), (double) targetHeight / Math.max(1, textHeight)));
        Mat src = new Mat(h, w, CvType.CV_8UC1);
        Mat scaled = new Mat();
        Mat padded = new Mat();
        try {
            src.put(0, 0, px);
            Imgproc.resize(src, scaled, new Size(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))),
                    0, 0, Imgproc.INTER_CUBIC);
            if (binarize) {
                Imgproc.threshold(scaled, scaled, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
            }
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
