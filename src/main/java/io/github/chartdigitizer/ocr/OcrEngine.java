package io.github.chartdigitizer.ocr;

import com.ochafik.lang.jnaerator.runtime.NativeSize;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * One initialised Tesseract engine, reused for every crop. {@code Tesseract.doOCR} builds and
 * initialises a new engine on every call (about 100 ms); a reused handle costs a few ms per
 * small crop. An engine is not thread-safe: use {@link #forCurrentThread(Path)}.
 */
public final class OcrEngine implements AutoCloseable {
    private static final ThreadLocal<OcrEngine> PER_THREAD = new ThreadLocal<>();

    private final TessAPI api;
    private final TessBaseAPI handle;
    private final Path modelDir;
    private String whitelist = "";
    private long recognitions;
    private boolean closed;

    private OcrEngine(Path modelDir) {
        if (!Files.isRegularFile(modelDir.resolve("eng.traineddata"))) {
            throw new IllegalStateException("OCR model not found: " + modelDir.resolve("eng.traineddata"));
        }
        TessNatives.prepare();
        this.api = TessAPI.INSTANCE;
        this.modelDir = modelDir;
        this.handle = api.TessBaseAPICreate();
        // Chart text is labels, numbers and short titles, not prose: the word lists pull "L0" to
        // "LO" and "1e4" to words, so they are not loaded (init-only settings, hence Init4).
        String[] names = {"load_system_dawg", "load_freq_dawg"};
        String[] values = {"0", "0"};
        if (api.TessBaseAPIInit4(handle, modelDir.toAbsolutePath().toString(), "eng", 1 /* OEM_LSTM_ONLY */,
                null, 0, charArray(names), charArray(values), new NativeSize(names.length), 0) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract failed to initialise with " + modelDir);
        }
        // Silence "Estimating resolution" and similar debug chatter on stderr.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        // Crops come stretched to dark text on white. Left on, Tesseract reads every line it is
        // unsure of a second time inverted (white on black), which did not help here: off, the
        // public bench's pass rate, titles and legend names are unchanged (one more chart of
        // the half-size set passes) and a chart costs about a tenth less CPU.
        api.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
    }

    /** A C {@code char**} holding the strings. */
    private static PointerByReference charArray(String[] strings) {
        PointerByReference ref = new PointerByReference();
        ref.setPointer(new StringArray(strings));
        return ref;
    }

    /** The engine of the calling thread for this model folder, created on first use. */
    public static OcrEngine forCurrentThread(Path modelDir) {
        OcrEngine e = PER_THREAD.get();
        if (e == null || e.closed || !e.modelDir.equals(modelDir)) {
            if (e != null) {
                e.close();
            }
            e = new OcrEngine(modelDir);
            PER_THREAD.set(e);
        }
        return e;
    }

    /**
     * Reads text in an image.
     *
     * @param whitelist characters allowed, or "" for any
     */
    public OcrText read(GrayImage img, SegMode mode, String whitelist) {
        return read(img, mode, whitelist, false);
    }

    /**
     * @param withSymbols also report each character's box (Tesseract's symbol iterator)
     */
    public OcrText read(GrayImage img, SegMode mode, String whitelist, boolean withSymbols) {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        Request key = new Request(img, mode, whitelist, withSymbols);
        OcrText known = recent.get(key);
        if (known != null) {
            return known;
        }
        OcrText text = recognise(img, mode, whitelist, withSymbols);
        recognitions++;
        recent.put(key, text);
        return text;
    }

    /** Readings Tesseract actually did (not answered from {@link #recent}). */
    long recognitions() {
        return recognitions;
    }

    /**
     * What one reading depends on. The same crop turns up again and again: the "10" of every
     * label on a log axis, the "0" of both axes, the same labels on the next chart of a batch.
     * Tesseract gives the same text for the same pixels and settings, so a repeat is answered
     * from {@link #recent}.
     */
    private record Request(GrayImage img, SegMode mode, String whitelist, boolean withSymbols) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Request r && r.mode == mode && r.withSymbols == withSymbols && r.whitelist.equals(whitelist)
                    && r.img.width() == img.width() && r.img.height() == img.height()
                    && java.util.Arrays.equals(r.img.pixels(), img.pixels());
        }

        @Override
        public int hashCode() {
            return (java.util.Arrays.hashCode(img.pixels()) * 31 + img.width()) * 31 + mode.hashCode()
                    + (withSymbols ? 1 : 0) + whitelist.hashCode();
        }
    }

    /** Crops remembered: a chart's labels and titles, and some of the chart before. */
    private static final int RECENT = 64;

    private final Map<Request, OcrText> recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, OcrText> eldest) {
            return size() > RECENT;
        }
    };

    private OcrText recognise(GrayImage img, SegMode mode, String whitelist, boolean withSymbols) {
        if (!whitelist.equals(this.whitelist)) {
            api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
            this.whitelist = whitelist;
        }
        api.TessBaseAPISetPageSegMode(handle, mode.code);
        ByteBuffer buf = ByteBuffer.allocateDirect(img.pixels().length);
        buf.put(img.pixels()).flip();
        api.TessBaseAPISetImage(handle, buf, img.width(), img.height(), 1, img.width());
        api.TessBaseAPISetSourceResolution(handle, 300);
        Pointer p = api.TessBaseAPIGetUTF8Text(handle);
        String text = "";
        if (p != null) {
            text = p.getString(0, "UTF-8");
            api.TessDeleteText(p);
        }
        int conf = api.TessBaseAPIMeanTextConf(handle);
        List<OcrText.Symbol> symbols = withSymbols ? symbols() : List.of();
        api.TessBaseAPIClear(handle);
        return new OcrText(text.strip(), Math.max(0, conf) / 100.0, symbols);
    }

    private List<OcrText.Symbol> symbols() {
        List<OcrText.Symbol> out = new ArrayList<>();
        ITessAPI.TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return out;
        }
        try {
            ITessAPI.TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
            int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
            IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
            do {
                Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
                if (p == null) {
                    continue;
                }
                String ch = p.getString(0, "UTF-8");
                api.TessDeleteText(p);
                if (api.TessPageIteratorBoundingBox(pi, level, l, t, r, b) != 0) {
                    out.add(new OcrText.Symbol(ch, l.get(0), t.get(0), r.get(0), b.get(0)));
                }
            } while (api.TessPageIteratorNext(pi, level) != 0);
        } finally {
            api.TessResultIteratorDelete(ri);
        }
        return out;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
        }
    }
}
