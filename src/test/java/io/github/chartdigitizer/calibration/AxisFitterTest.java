package io.github.chartdigitizer.calibration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.model.Alternative;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.TickLabel;
import io.github.chartdigitizer.model.TickLabel.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels as the tick reader hands them over: snapped to tick marks (so within 1.5 px, see
 * {@link FitConfig#DEFAULTS}), y pixels growing downwards, values growing upwards.
 */
class AxisFitterTest {
    private final AxisFitter fitter = new AxisFitter(FitConfig.DEFAULTS);

    private static TickLabel label(Axis axis, double pixel, String text, double value, List<Alternative> alternatives) {
        int p = (int) Math.round(pixel);
        PixelBox box = axis == Axis.X ? new PixelBox(p - 8, 440, p + 8, 452) : new PixelBox(40, p - 6, 72, p + 6);
        return new TickLabel(axis, pixel, text, value, alternatives, box, true, Status.PENDING);
    }

    private static TickLabel label(Axis axis, double pixel, double value) {
        return label(axis, pixel, text(value), value, List.of());
    }

    private static String text(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Labels {@code values} on the y axis, the first at {@code bottom}, then every {@code step} px up. */
    private static List<TickLabel> yLabels(double bottom, double step, double... values) {
        List<TickLabel> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(label(Axis.Y, bottom - i * step, values[i]));
        }
        return out;
    }

    private static void assertAllAccepted(AxisCalibration c) {
        for (TickLabel l : c.labels()) {
            assertEquals(Status.ACCEPTED, l.status(), l.text());
            assertEquals(l.pixel(), c.toPixel(l.value()), 1e-6, l.text());
        }
    }

    @Test
    void fitsLogAxisAcrossFourDecades() throws DigitizeException {
        AxisCalibration c = fitter.fit(Axis.Y, yLabels(427.5, 92.25, 1, 10, 100, 1000, 10000), false);
        assertEquals(ScaleType.LOG, c.scale());
        assertEquals(100, c.toValue((427.5 + 58.5) / 2), 1e-9);
        assertEquals(0, c.rmsResidualPx(), 1e-9);
        assertAllAccepted(c);
    }

    @Test
    void fitsLinearAxis() throws DigitizeException {
        List<TickLabel> labels = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            labels.add(label(Axis.X, 80.5 + 62 * i, 25 * i));
        }
        AxisCalibration c = fitter.fit(Axis.X, labels, false);
        assertEquals(ScaleType.LINEAR, c.scale());
        assertEquals(0, c.toValue(80.5), 1e-9);
        assertEquals(200, c.toValue(576.5), 1e-9);
        assertEquals(100, c.toValue(328.5), 1e-9);
        assertAllAccepted(c);
    }

    @Test
    void rejectsPlantedMisreadAsOutlier() throws DigitizeException {
        // 0, 20, 40, 60, 80, 100 with "80" misread as "30".
        List<TickLabel> labels = yLabels(400, 60, 0, 20, 40, 60, 30, 100);
        AxisCalibration c = fitter.fit(Axis.Y, labels, false);
        assertEquals(ScaleType.LINEAR, c.scale());
        for (TickLabel l : c.labels()) {
            if (l.text().equals("30")) {
                assertEquals(Status.REJECTED_OUTLIER, l.status());
            } else {
                assertEquals(Status.ACCEPTED, l.status(), l.text());
                assertEquals(l.value(), c.toValue(l.pixel()), 1e-9, l.text());
            }
        }
        assertEquals(80, c.toValue(160), 1e-9, "value where the misread label sits");
        assertEquals(0, c.rmsResidualPx(), 1e-9);
    }

    /** 10^1, 10^2, 10^3 with the raised exponent read inline, as OCR does: "101", "102", "103". */
    private static List<TickLabel> mergedPowers() {
        return List.of(
                label(Axis.Y, 400, "101", 101, List.of(new Alternative(10.0, Alternative.OCR))),
                label(Axis.Y, 300, "102", 102, List.of(new Alternative(100.0, Alternative.OCR))),
                label(Axis.Y, 200, "103", 103, List.of(new Alternative(1000.0, Alternative.OCR))));
    }

    @Test
    void fitsPowersTheTickReaderReadFromMergedExponents() throws DigitizeException {
        // TickReader turns an axis of "101", "102", "103" into 10, 100, 1000 with the plain
        // numbers as alternatives (equally spaced 101..103 would also be an exact linear axis).
        List<TickLabel> labels = List.of(
                label(Axis.Y, 400, "101", 10, List.of(new Alternative(101, Alternative.OCR))),
                label(Axis.Y, 300, "102", 100, List.of(new Alternative(102, Alternative.OCR))),
                label(Axis.Y, 200, "103", 1000, List.of(new Alternative(103, Alternative.OCR))));
        AxisCalibration c = fitter.fit(Axis.Y, labels, true);
        assertEquals(ScaleType.LOG, c.scale());
        assertEquals(List.of(10.0, 100.0, 1000.0), c.accepted().stream().map(TickLabel::value).toList());
        assertEquals(31.622776601683793, c.toValue(350), 1e-9);
    }

    @Test
    void picksMergedExponentAlternativeWhenOneLabelReadsAsPower() throws DigitizeException {
        // "10^1" read right: 10, 102, 103 fit no line, so the alternatives win on count alone.
        List<TickLabel> labels = new ArrayList<>(mergedPowers());
        labels.set(0, label(Axis.Y, 400, "10^1", 10, List.of()));
        AxisCalibration c = fitter.fit(Axis.Y, labels, false);
        assertEquals(ScaleType.LOG, c.scale());
        assertEquals(List.of(10.0, 100.0, 1000.0), c.accepted().stream().map(TickLabel::value).toList());
    }

    @Test
    void failsWhenLabelsAreInconsistent() {
        List<TickLabel> labels = yLabels(400, 60, 7, 400, 2, 90, 13);
        DigitizeException e = assertThrows(DigitizeException.class, () -> fitter.fit(Axis.Y, labels, false));
        assertEquals(DigitizeException.Reason.AXIS_NOT_CALIBRATED, e.reason());
    }

    @Test
    void failsWithOneLabel() {
        List<TickLabel> labels = List.of(label(Axis.X, 100, 5),
                label(Axis.X, 200, "Training", Double.NaN, List.of()));
        DigitizeException e = assertThrows(DigitizeException.class, () -> fitter.fit(Axis.X, labels, false));
        assertEquals(DigitizeException.Reason.TOO_FEW_TICK_LABELS, e.reason());
    }

    @Test
    void twoLabelsDoNotMakeAnInvertedAxis() throws DigitizeException {
        // "0", "500000" and a "0" misread at the 1000000 tick: the two readings that fit an axis
        // growing rightwards win over the pair that would make it inverted.
        List<TickLabel> labels = List.of(label(Axis.X, 100, "0", 0, List.of()), label(Axis.X, 160, "500000", 500000, List.of()),
                label(Axis.X, 220, "00000", 0, List.of()));
        AxisCalibration c = fitter.fit(Axis.X, labels, false);
        assertEquals(1000000, c.toValue(220), 1e-6);
        assertEquals(Status.REJECTED_OUTLIER, c.labels().get(2).status());
    }

    @Test
    void aLabelTheOthersPlaceElsewhereIsDroppedThoughLeastSquaresWouldHideIt() throws DigitizeException {
        // p0032: 10^4 snapped 3.5 px low (onto the 9000 minor tick). Fitted with the others it
        // leaves every residual near 1 px, under the tolerance, and skews the axis by 0.5%.
        List<TickLabel> ls = yLabels(324, 72, 1, 10, 100, 1000);
        ls.add(label(Axis.Y, 36 + 3.5, 10000));
        AxisCalibration c = fitter.fit(Axis.Y, ls, true);
        assertEquals(Status.REJECTED_OUTLIER, c.labels().get(4).status());
        assertEquals(10000, c.toValue(36), 1e-6);
        assertEquals(0, c.rmsResidualPx(), 1e-9);
    }

    @Test
    void pixelJitterAtAnEndIsNoOutlier() throws DigitizeException {
        // Labels snapped to rounded tick positions: up to a pixel off, none beyond tolerance.
        List<TickLabel> ls = new ArrayList<>();
        double[] off = {0.0, 0.1, 0.7, 0.3, 0.9, 0.0};
        for (int i = 0; i < off.length; i++) {
            ls.add(label(Axis.X, 60 + 74.4 * i + off[i], 50 * i));
        }
        AxisCalibration c = fitter.fit(Axis.X, ls, false);
        c.labels().forEach(l -> assertEquals(Status.ACCEPTED, l.status(), l.text()));
    }

    @Test
    void twoAgreeingLabelsAmongManyUnreadDoNotCalibrate() throws DigitizeException {
        // Nine labels found, seven read as nonsense: the two numbers agree, as any two do.
        List<TickLabel> ls = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            double px = 51.5 + 28 * i;
            ls.add(i == 2 || i == 3 ? label(Axis.X, px, i == 2 ? 2 : 5) : label(Axis.X, px, "ws", Double.NaN, List.of()));
        }
        DigitizeException e = assertThrows(DigitizeException.class, () -> fitter.fit(Axis.X, ls, false));
        assertEquals(DigitizeException.Reason.AXIS_NOT_CALIBRATED, e.reason());
        // Three agreeing are enough, whatever the others read as.
        ls.set(4, label(Axis.X, 51.5 + 28 * 4, 8));
        assertDoesNotThrow(() -> fitter.fit(Axis.X, ls, false));
    }

    @Test
    void twoAgreeingLabelsOfFourCalibrate() throws DigitizeException {
        // Half the labels agreeing is enough (matplotlib's "=0.8" beside "0.9" and "0.6").
        List<TickLabel> ls = new ArrayList<>(yLabels(400.5, 80, 0.6, 0.7, 0.8, 0.9));
        ls.set(1, label(Axis.Y, 320.5, "=0.7", Double.NaN, List.of()));
        ls.set(2, label(Axis.Y, 240.5, "=0.8", Double.NaN, List.of()));
        assertEquals(2, fitter.fit(Axis.Y, ls, false).accepted().size());
        // Two of five do not.
        ls.add(label(Axis.Y, 80.5, "ws", Double.NaN, List.of()));
        assertThrows(DigitizeException.class, () -> fitter.fit(Axis.Y, ls, false));
    }
}
