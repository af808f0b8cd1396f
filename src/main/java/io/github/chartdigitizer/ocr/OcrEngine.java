package io.github.chartdigitizer.ocr;

import com.ochafik.lang.jnaerator.runtime.NativeSize;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
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
        api.TessBaseAPIClear(handle);
        return new OcrText(text.strip(), Math.max(0, conf) / 100.0);
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
