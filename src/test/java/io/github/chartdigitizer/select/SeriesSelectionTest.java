package io.github.chartdigitizer.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.model.SeriesConfidence;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SeriesSelectionTest {
    private static Series series(String name, String color, double confidence) {
        return new Series(name, color, List.of(new DataPoint(0, 1), new DataPoint(1, 2)), 1.0,
                Optional.of(new SeriesConfidence(confidence, 1.0, 0.0, 1.0, false)));
    }

    private static final DigitizedChart CHART = chart(List.of(series("train", "#1f77b4", 0.9),
            series("eval", "#ff7f0e", 0.95), series("test", "#2ca02c", 0.5)));

    private static DigitizedChart chart(List<Series> s) {
        AxisCalibration x = new AxisCalibration(Axis.X, ScaleType.LINEAR, 0.01, 0, 0, List.of());
        AxisCalibration y = new AxisCalibration(Axis.Y, ScaleType.LINEAR, -0.01, 1, 0, List.of());
        return new DigitizedChart("c.png", 200, 200, Optional.empty(), Optional.empty(), Optional.empty(),
                new PlotArea(0, 0, 100, 100, PlotArea.FrameKind.LINES), x, y, s, List.of(), Optional.empty());
    }

    private static List<String> names(DigitizedChart c) {
        return c.series().stream().map(Series::name).toList();
    }

    @Test
    void aHexColourKeepsTheSeriesNearIt() throws Exception {
        // A JPEG'd tab:blue is still tab:blue; orange and green are not.
        SeriesSelection s = new SeriesSelection(Optional.of("2A7AB0"), OptionalInt.empty());
        assertEquals(List.of("train"), names(s.apply(CHART)));
    }

    @Test
    void aColourWordKeepsTheSeriesOfThatName() throws Exception {
        SeriesSelection s = new SeriesSelection(Optional.of("Orange"), OptionalInt.empty());
        assertEquals(List.of("eval"), names(s.apply(CHART)));
    }

    @Test
    void maxSeriesKeepsTheMostConfidentInTheirOrder() throws Exception {
        SeriesSelection s = new SeriesSelection(Optional.empty(), OptionalInt.of(2));
        assertEquals(List.of("train", "eval"), names(s.apply(CHART)));
    }

    @Test
    void noSeriesOfTheColourIsAFailureThatNamesTheColoursThereAre() {
        SeriesSelection s = new SeriesSelection(Optional.of("purple"), OptionalInt.empty());
        DigitizeException e = assertThrows(DigitizeException.class, () -> s.apply(CHART));
        assertEquals(DigitizeException.Reason.NO_SERIES, e.reason());
        assertEquals(true, e.getMessage().contains("#1f77b4, #ff7f0e, #2ca02c"), e.getMessage());
    }

    @Test
    void unknownColoursAndZeroSeriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeriesSelection(Optional.of("chartreuse"), OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SeriesSelection(Optional.empty(), OptionalInt.of(0)));
    }
}
