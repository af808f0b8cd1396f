package io.github.chartdigitizer.image;

import java.nio.file.Path;

/** The file could not be turned into an image; {@link #kind()} says why. */
public class ImageLoadException extends Exception {
    private final Path path;
    private final Kind kind;

    /** Distinct causes, each with its own CLI exit code. */
    public enum Kind {
        MISSING("file not found"),
        NOT_A_FILE("not a regular file"),
        UNREADABLE("file cannot be read"),
        EMPTY("file is empty (0 bytes)"),
        NOT_AN_IMAGE("not an image (unrecognised format)"),
        TRUNCATED("image data is truncated or corrupt"),
        TOO_LARGE("image is too large");

        private final String summary;

        Kind(String summary) {
            this.summary = summary;
        }

        public String summary() {
            return summary;
        }
    }

    public ImageLoadException(Path path, Kind kind, String detail, Throwable cause) {
        super(kind.summary() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.path = path;
        this.kind = kind;
    }

    public Path path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }
}
