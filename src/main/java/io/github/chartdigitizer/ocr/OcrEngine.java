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
import java.util.List;
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
