package io.github.chartdigitizer.ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.calibration.AxisFitter;
import io.github.chartdigitizer.calibration.FitConfig;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.Axis;
import io.github.chartdigitizer.model.AxisCalibration;
import io.github.chartdigitizer.model.PixelBox;
import io.github.chartdigitizer.model.PlotArea;
import io.github.chartdigitizer.model.PlotFrame;
import io.github.chartdigitizer.model.ScaleType;
import io.github.chartdigitizer.model.TickLabel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two labels fit a linear and a log scale alike; an unread third one tells them apart when its
 * ink matches what one scale predicts there. ggplot2 labels a log axis 3, 5, 7 (p0104, p0068),
 * and a misread "5" (once "Bs") left 3 and 7 to fit a linear scale.
 */
class ConfirmUnreadTest {
    private static final int H = 300;

    /** Log y labels 3, 5, 7 drawn at 11 px beside an axis, as a right-aligned column. */
    private static RasterImage logLabels(List<TickLabel> labels) throws Exception {
        BufferedImage bi = new BufferedImage(60, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bi.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, H);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try (InputStream in = ConfirmUnreadTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f));
        }
        g.setColor(new Color(0x4d4d4d));
        for (double v : new double[] {3, 5, 7}) {
            double y = 250 - 500 * Math.log10(v / 3); // 3 at 250, 7 at 66
            g.drawString(String.valueOf((int) v), 40, (float) (y + 4));
            labels.add(new TickLabel(Axis.Y, y, String.valueOf((int) v), v, List.of(), inkBox(bi, (int) y - 8, (int) y + 8),
                    true, TickLabel.Status.ACCEPTED));
        }
        g.dispose();
        int[] rgb = bi.getRGB(0, 0, 60, H, null, 0, 60);
        return new RasterImage(60, H, rgb);
    }

    private static PixelBox inkBox(BufferedImage bi, int top, int bottom) {
        int l = 60, t = H, r = 0, b = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < 60; x++) {
                if ((bi.getRGB(x, y) & 0xff) < 200) {
                    l = Math.min(l, x);
                    r = Math.max(r, x + 1);
                    t = Math.min(t, y);
                    b = Math.max(b, y + 1);
                }
            }
        }
        return new PixelBox(l, t, r, b);
    }

    @Test
    void anUnreadLabelDecidesBetweenLinearAndLog() throws Exception {
        List<TickLabel> labels = new ArrayList<>();
        RasterImage img = logLabels(labels);
        List<TickLabel> misread = new ArrayList<>();
        for (TickLabel l : labels) {
            misread.add(l.value() == 5 ? new TickLabel(Axis.Y, l.pixel(), "Bs", Double.NaN, List.of(), l.box(), true,
                    TickLabel.Status.REJECTED_NOT_NUMERIC) : l);
        }
        PlotFrame frame = new PlotFrame(new PlotArea(59, 10, 60, 290, PlotArea.FrameKind.LINES), 0xffffff, 0xffffff,
                List.of());
        TickReader reader = new TickReader(new TickMarkFinder(TickConfig.DEFAULTS), null);
        List<TickLabel> confirmed = reader.confirmUnread(img, frame, misread).orElseThrow();
        TickLabel five = confirmed.stream().filter(l -> l.text().equals("Bs")).findFirst().orElseThrow();
        assertEquals(List.of(5.0), five.alternatives().stream().map(a -> a.value()).toList(),
                "the log scale through 3 and 7 predicts 5.00 there and the ink is a 5; the linear one 5.4");

        AxisCalibration c = new AxisFitter(FitConfig.DEFAULTS).fit(Axis.Y, confirmed, false);
        assertEquals(ScaleType.LOG, c.scale());
        assertEquals(3, c.accepted().size());
    }

    @Test
    void roundValuesOnlyNearThePrediction() {
        assertEquals(7.0, TickReader.roundValue(ScaleType.LOG, Math.log10(7.004), 0.37).orElseThrow(), 1e-12);
        assertEquals(5.4, TickReader.roundValue(ScaleType.LINEAR, 5.41, 4).orElseThrow(), 1e-12);
        assertTrue(TickReader.roundValue(ScaleType.LINEAR, 5.47, 1).isEmpty(), "5.47 is 0.03 of the span from 5.5");
        assertTrue(TickReader.writings(0.01, List.of()).containsAll(List.of("0.01", "10^\u22122", "1e-02")));
    }
}
