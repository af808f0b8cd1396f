package io.github.chartdigitizer;

import io.github.chartdigitizer.calibration.AxisFitter;
import io.github.chartdigitizer.model.Alternative;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.LabelReading;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.ticks.TickLabelMatcher;
import io.github.chartdigitizer.ticks.TickReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Fits an axis to its tick labels, with the fallbacks and checks that reading them takes: the
 * labels read again at another scale when they fit no scale, labels too small for OCR matched
 * against drawn label sequences, a matched second opinion where OCR struggled, and unread
 * labels of a two-label axis confirmed by their ink. The {@link Digitizer} supplies each
 * reading; this decides which to fit and says why in the warnings.
 */
final class AxisCalibrator {
    private final AxisFitter fitter;

    AxisCalibrator(AxisFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * The ways an axis's labels are read, each asked for only when needed.
     *
     * @param first   as OCR first read them
     * @param again   read again at another scale
     * @param matched matched against drawn label sequences (labels too small for OCR), if any match
     * @param unread  the fitted labels with the unread ones confirmed by their ink, if any is
     */
    record Readings(TickReader.AxisLabels first, Supplier<TickReader.AxisLabels> again,
                    Supplier<TickLabelMatcher.Outcome> matched,
                    Function<List<TickLabel>, Optional<List<TickLabel>>> unread) {
    }

    /** An axis's calibration and how the labels it was fitted to were read. */
    record Fitted(AxisCalibration calibration, LabelReading reading) {
    }

    /**
     * The axis fitted to its labels or, when they fit no scale, to the same labels read again
     * at another scale (Tesseract misreads some crops at one size and not at the next), or
     * else, for labels too small for OCR, to the label sequence whose drawing matches them;
     * the first failure is reported when all fail.
     */
    Fitted fit(Axis axis, Readings r, List<String> warnings) throws DigitizeException {
        TickReader.AxisLabels labels = r.first();
        try {
            return checked(new Fitted(fitter.fit(axis, labels.labels(), labels.powersOfTen()), reading(labels)), warnings,
                    r, labels.powersOfTen());
        } catch (DigitizeException first) {
            TickReader.AxisLabels reread = r.again().get();
            try {
                AxisCalibration c = fitter.fit(axis, reread.labels(), reread.powersOfTen());
                warnings.add(axis.key() + " tick labels read a second time, at another scale: as first read they fit "
                        + "no scale (" + first.getMessage() + ")");
                return checked(new Fitted(c, reading(reread)), warnings, r, reread.powersOfTen());
            } catch (DigitizeException second) {
                first.addSuppressed(second);
            }
            TickLabelMatcher.Outcome outcome = r.matched().get();
            Optional<TickReader.AxisLabels> drawn = outcome.labels();
            if (drawn.isPresent()) {
                try {
                    AxisCalibration c = fitter.fit(axis, drawn.get().labels(), drawn.get().powersOfTen());
                    warnings.add(axis.key() + " tick labels matched as " + quoted(drawn.get()) + ": OCR could not read "
                            + "them (" + first.getMessage() + ")");
                    return new Fitted(c, LabelReading.MATCHED);
                } catch (DigitizeException third) {
                    first.addSuppressed(third);
                }
            }
            if (!outcome.why().isEmpty()) {
                // Say also why matching could not stand in for OCR.
                DigitizeException e = new DigitizeException(first.stage(), first.reason(),
                        first.getMessage().substring(first.reason().summary().length()).replaceFirst("^: ", "") + "; "
                                + outcome.why());
                Arrays.stream(first.getSuppressed()).forEach(e::addSuppressed);
                throw e;
            }
            throw first;
        }
    }

    /**
     * Share of an axis's labels the fit rejected (not a number, or off the fit) from which OCR
     * is taken to have struggled: p0100's 0.8 .. -0.2 shrunk to 4 px, read "08", "06", "a4",
     * "a2", "00", "-02", fit a scale ten times too large.
     */
    private static final double SHAKY_SHARE = 1.0 / 3;

    /**
     * The fit as it is, or, when OCR struggled with its labels, after a {@link #secondOpinion};
     * a fit through only two labels then with its unread labels {@link #confirmed}.
     */
    private Fitted checked(Fitted read, List<String> warnings, Readings r, boolean powersOfTen) {
        Fitted f = shaky(read.calibration()) ? secondOpinion(read, warnings, r.matched()) : read;
        return confirmed(f, warnings, r.unread(), powersOfTen);
    }

    /**
     * A fit through two labels, fitted again with the unread labels whose ink matches what one
     * scale predicts there (see {@link TickReader#confirmUnread}), when that fit uses three or
     * more: two labels fit a linear and a log scale alike, a third tells them apart.
     */
    private Fitted confirmed(Fitted f, List<String> warnings,
                             Function<List<TickLabel>, Optional<List<TickLabel>>> unread,
                             boolean powersOfTen) {
        AxisCalibration c = f.calibration();
        if (c.accepted().size() != 2 || c.labels().size() <= 2) {
            return f;
        }
        Optional<List<TickLabel>> more = unread.apply(c.labels());
        if (more.isEmpty()) {
            return f;
        }
        try {
            AxisCalibration again = fitter.fit(c.axis(), more.get(), powersOfTen);
            if (again.accepted().size() <= 2) {
                return f;
            }
            warnings.add(c.axis().key() + " tick labels " + again.accepted().stream()
                    .filter(l -> l.weight() == Alternative.PARTIAL)
                    .map(l -> "\"" + l.text() + "\" (as " + l.value() + ")")
                    .collect(Collectors.joining(", "))
                    + " matched by drawing what the " + again.scale().key() + " scale predicts there: OCR could not read "
                    + "them, and two labels fit either scale");
            return new Fitted(again, f.reading());
        } catch (DigitizeException e) {
            return f;
        }
    }

    private static boolean shaky(AxisCalibration c) {
        long rejected = c.labels().stream().filter(l -> l.status() != TickLabel.Status.ACCEPTED).count();
        return rejected > 0 && rejected >= SHAKY_SHARE * c.labels().size();
    }

    /**
     * An axis whose OCR reading was shaky, checked against the label sequence whose drawing
     * matches the labels (for labels too small for OCR only): where the two calibrations
     * disagree, the matched one is taken, since it accounts for every label's ink.
     */
    private Fitted secondOpinion(Fitted read, List<String> warnings, Supplier<TickLabelMatcher.Outcome> matched) {
        Optional<TickReader.AxisLabels> drawn = matched.get().labels();
        if (drawn.isEmpty()) {
            return read;
        }
        AxisCalibration c = read.calibration();
        AxisCalibration m;
        try {
            m = fitter.fit(c.axis(), drawn.get().labels(), drawn.get().powersOfTen());
        } catch (DigitizeException e) {
            return read;
        }
        if (agree(c, m)) {
            return read;
        }
        warnings.add(c.axis().key() + " tick labels matched as " + quoted(drawn.get()) + ": OCR's reading ("
                + c.labels().stream().map(TickLabel::text).collect(Collectors.joining(", "))
                + ") rejected " + c.labels().stream().filter(l -> l.status() != TickLabel.Status.ACCEPTED).count()
                + " of them and calibrated differently");
        return new Fitted(m, LabelReading.MATCHED);
    }

    /** Largest difference, as a share of the span, at which two calibrations agree. */
    private static final double AGREE_SHARE = 0.005;

    /** Whether two calibrations of an axis give the same values at both ends of its labels. */
    private static boolean agree(AxisCalibration a, AxisCalibration b) {
        if (a.scale() != b.scale()) {
            return false;
        }
        double p0 = a.labels().stream().mapToDouble(TickLabel::pixel).min().orElse(0);
        double p1 = a.labels().stream().mapToDouble(TickLabel::pixel).max().orElse(0);
        double span = Math.abs(a.slope() * (p1 - p0));
        for (double p : new double[] {p0, p1}) {
            double da = a.intercept() + a.slope() * p, db = b.intercept() + b.slope() * p;
            if (!(Math.abs(da - db) <= AGREE_SHARE * span)) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(TickReader.AxisLabels labels) {
        return labels.labels().stream().map(l -> "\"" + l.text() + "\"")
                .collect(Collectors.joining(", "));
    }

    private static LabelReading reading(TickReader.AxisLabels labels) {
        return labels.slant() != 0 ? LabelReading.TURNED : LabelReading.OCR;
    }

}
