package io.github.chartdigitizer.validate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the image says about one claim.
 *
 * @param claim    the claim
 * @param status   supported, contradicted or unverifiable
 * @param measured what the image shows, when something was measured ("99.61", "log", "LO")
 * @param reason   the comparison in words, with the measurement, or why it could not be checked
 */
public record Verdict(Claim claim, Status status, Optional<String> measured, String reason) {
    public Verdict {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(reason, "reason");
    }

    /** The three outcomes of a check. */
    public enum Status {
        SUPPORTED, CONTRADICTED, UNVERIFIABLE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Verdict supported(Claim c, String measured, String reason) {
        return new Verdict(c, Status.SUPPORTED, Optional.of(measured), reason);
    }

    static Verdict contradicted(Claim c, String measured, String reason) {
        return new Verdict(c, Status.CONTRADICTED, Optional.of(measured), reason);
    }

    static Verdict of(Claim c, boolean ok, String measured, String reason) {
        return ok ? supported(c, measured, reason) : contradicted(c, measured, reason);
    }

    static Verdict unverifiable(Claim c, String reason) {
        return new Verdict(c, Status.UNVERIFIABLE, Optional.empty(), reason);
    }
}
