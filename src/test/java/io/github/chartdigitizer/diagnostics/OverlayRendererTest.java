package io.github.chartdigitizer.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.Stage;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.TickLabel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The overlay drawn from hand-made reports: it shows what the report says, and nothing else. */
class OverlayRendererTest {
    private static final int W = 400, H = 300;
    private static final PlotArea AREA = new PlotArea(60.5, 30.5, 380.5, 250.5, PlotArea.FrameKind.LINES);

    private static RasterImage grey() {
        int[] px = new int[W * H];
        Arrays.fill(px, 0x808080);
        return new RasterImage(W, H, px);
    }

    private static DiagnosticsCollector withPlotArea() {
        DiagnosticsCollector d = DiagnosticsRecorder.collecting();
        d.image("chart.png", W, H);
        d.plotFrame(new PlotFrame(AREA, 0xffffff, 0xffffff, List.of()));
        return d;
    }

    /** Same size as the image, so that pixels can be compared. */
    private static final OverlayOptions UNSCALED = OverlayOptions.DEFAULTS.withScale(1);
    private static final OverlayOptions ONLY_PLOT_AREA = UNSCALED.withLayers(EnumSet.of(OverlayOptions.Layer.PLOT_AREA));

    @Test
    void dimsTheImageAndKeepsItsSize() {
        DiagnosticsCollector d = DiagnosticsRecorder.collecting();
        RasterImage out = OverlayRenderer.render(grey(), d.report(), UNSCALED.withLayers(EnumSet.noneOf(OverlayOptions.Layer.class)));
        assertEquals(W, out.width());
        assertEquals(H, out.height());
        // 0x80 blended 60% towards white: 128 + 127 * 0.6 = 204.2.
        assertEquals(0xcccccc, out.rgb(200, 150));
    }

    @Test
    void drawsThePlotAreaBorder() {
        RasterImage out = OverlayRenderer.render(grey(), withPlotArea().report(), ONLY_PLOT_AREA);
        assertNotEquals(0xcccccc, out.rgb(200, 30), "top edge");
        assertNotEquals(0xcccccc, out.rgb(60, 150), "left edge");
        assertEquals(0xcccccc, out.rgb(200, 150), "inside the plot area, nothing drawn");
    }

    @Test
    void marksAcceptedLabelsGreenAndRejectedRed() {
        DiagnosticsCollector d = withPlotArea();
        TickLabel ok = new TickLabel(Axis.X, 100.5, "20", 20, List.of(), new PixelBox(92, 260, 110, 272), true,
                TickLabel.Status.ACCEPTED);
        TickLabel bad = new TickLabel(Axis.X, 200.5, "Bs", Double.NaN, List.of(), new PixelBox(192, 260, 210, 272), true,
                TickLabel.Status.REJECTED_NOT_NUMERIC);
        d.tickLabels(Axis.X, List.of(ok, bad));
        RasterImage out = OverlayRenderer.render(grey(), d.report(),
                UNSCALED.withLayers(EnumSet.of(OverlayOptions.Layer.TICKS)));
        int okEdge = out.rgb(100, 259);
        int badEdge = out.rgb(200, 259);
        assertTrue(RasterImage.green(okEdge) > RasterImage.red(okEdge), () -> RasterImage.hex(okEdge));
        assertTrue(RasterImage.red(badEdge) > RasterImage.green(badEdge), () -> RasterImage.hex(badEdge));
    }

    @Test
    void showsAFailureBeforeAnyPlotArea() {
        DiagnosticsCollector d = DiagnosticsRecorder.collecting();
        d.image("photo.png", W, H);
        d.failure(Stage.PLOT_AREA, "no chart found: no axes or plot frame");
        DiagnosticReport r = d.report();
        assertEquals(Optional.empty(), r.frame());
        assertTrue(!r.succeeded());
        RasterImage out = OverlayRenderer.render(grey(), r, UNSCALED);
        long changed = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                changed += out.rgb(x, y) != 0xcccccc ? 1 : 0;
            }
        }
        assertTrue(changed > 100, "the summary box says why: " + changed + " pixels drawn");
    }

    @Test
    void encodesPng() throws IOException {
        RasterImage out = OverlayRenderer.render(grey(), withPlotArea().report(), UNSCALED);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(OverlayRenderer.png(out)));
        assertEquals(W, back.getWidth());
        assertEquals(H, back.getHeight());
        assertEquals(out.rgb(60, 150), back.getRGB(60, 150) & 0xffffff);
    }

    @Test
    void enlargesOnlySmallImages() {
        assertEquals(1, OverlayOptions.DEFAULTS.scaleFor(640));
        assertEquals(2, OverlayOptions.DEFAULTS.scaleFor(320));
        assertEquals(3, OverlayOptions.DEFAULTS.scaleFor(100));
        assertEquals(1, UNSCALED.scaleFor(100));
        RasterImage out = OverlayRenderer.render(grey(), withPlotArea().report(), OverlayOptions.DEFAULTS);
        assertEquals(2 * W, out.width());
        assertEquals(2 * H, out.height());
        assertNotEquals(0xcccccc, out.rgb(400, 61), "top edge, drawn at twice the size");
        assertEquals(0xcccccc, out.rgb(400, 300), "inside");
    }

    @Test
    void sizesTextToTheImage() {
        assertEquals(10, OverlayOptions.DEFAULTS.textPxFor(240));
        assertEquals(12, OverlayOptions.DEFAULTS.textPxFor(480));
        assertEquals(16, OverlayOptions.DEFAULTS.textPxFor(4000));
        assertEquals(9, OverlayOptions.DEFAULTS.withTextPx(9).textPxFor(4000));
    }
}
