package io.github.chartdigitizer.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.AxisConfidence;
import io.github.chartdigitizer.model.ChartConfidence;
import io.github.chartdigitizer.model.DataPoint;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.Series;
import io.github.chartdigitizer.model.SeriesConfidence;
import io.github.chartdigitizer.model.TickLabel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The confidence keys: present on a digitized chart, absent on one built by hand. */
class ChartJsonConfidenceTest {
    private static final PlotArea AREA = new PlotArea(100, 50, 500, 350, PlotArea.FrameKind.LINES);

    private static AxisCalibration axis(Axis a, double weight) {
        TickLabel l = new TickLabel(a, 100, "10^?", 10, List.of(), new PixelBox(90, 360, 110, 372), true,
                TickLabel.Status.ACCEPTED, weight);
        return new AxisCalibration(a, ScaleType.LINEAR, 0.25, -25, 0.1, List.of(l));
    }

    private static DigitizedChart chart(Optional<ChartConfidence> c, Optional<SeriesConfidence> s) {
        Series series = new Series("a", "#1f77b4", List.of(new DataPoint(1, 2), new DataPoint(3, 4)), 1.0, s);
        return new DigitizedChart("c.png", 600, 400, Optional.empty(), Optional.empty(), Optional.empty(), AREA,
                axis(Axis.X, 1), axis(Axis.Y, 0.3), List.of(series), List.of("a doubt"), c);
    }

    private static JsonNode json(DigitizedChart c) throws Exception {
        return new ObjectMapper().readTree(ChartJson.write(c, new Sampling.EveryColumn()));
    }

    @Test
    void writesConfidenceAndEvidence() throws Exception {
        AxisConfidence x = new AxisConfidence(0.9995, 6, 1, 0, 0.25, false);
        AxisConfidence y = new AxisConfidence(0.7, 2, 0, 0, 0, true);
        JsonNode doc = json(chart(Optional.of(new ChartConfidence(0.63, x, y)),
                Optional.of(new SeriesConfidence(0.9, 0.91, 0.2, 0.95, false))));
        assertEquals(0.63, doc.path("confidence").asDouble());
        assertEquals(1.0, doc.path("axes").path("x").path("confidence").asDouble(), "three decimals");
        assertEquals(6, doc.path("axes").path("x").path("evidence").path("labelsUsed").asInt());
        assertTrue(doc.path("axes").path("y").path("evidence").path("otherScaleFits").asBoolean());
        assertEquals(0.2, doc.path("series").path(0).path("evidence").path("bridged").asDouble());
        assertEquals(0.9, doc.path("series").path(0).path("confidence").asDouble());
        assertEquals("a doubt", doc.path("warnings").path(0).asText());
    }

    @Test
    void marksTickValuesThatAreNotPlainReadings() throws Exception {
        JsonNode doc = json(chart(Optional.empty(), Optional.empty()));
        assertFalse(doc.path("axes").path("x").path("ticks").path(0).has("weight"), "plain reading");
        assertEquals(0.3, doc.path("axes").path("y").path("ticks").path(0).path("weight").asDouble());
    }

    @Test
    void leavesConfidenceOutOfAChartBuiltByHand() throws Exception {
        Series s = new Series("a", "#1f77b4", List.of(new DataPoint(1, 2)), 1.0);
        DigitizedChart c = new DigitizedChart("c.png", 600, 400, Optional.empty(), Optional.empty(), Optional.empty(),
                AREA, axis(Axis.X, 1), axis(Axis.Y, 1), List.of(s), List.of());
        JsonNode doc = json(c);
        assertFalse(doc.has("confidence"));
        assertFalse(doc.path("axes").path("x").has("confidence"));
        assertFalse(doc.path("series").path(0).has("confidence"));
        assertTrue(doc.path("axes").path("x").has("scale") && doc.path("series").path(0).has("points"));
    }
}
