package io.github.chartdigitizer.internal;

/** Loads OpenCV's native library once per process (openpnp build, extracted from its jar). */
public final class OpenCv {
    private static volatile boolean loaded;

    private OpenCv() {
    }

    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OpenCv.class) {
                if (!loaded) {
                    nu.pattern.OpenCV.loadLocally();
                    loaded = true;
                }
            }
        }
    }
}
