package io.github.chartdigitizer.plotarea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.image.ImageLoader;
import io.github.chartdigitizer.image.RasterImage;
import io.github.chartdigitizer.model.PlotArea;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class LinePlotAreaDetectorTest {
    private final LinePlotAreaDetector detector = new LinePlotAreaDetector(PlotAreaConfig.DEFAULTS);

    private static RasterImage draw(int w, int h, java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        painter.accept(g);
        g.dispose();
        return ImageLoader.toRaster(img);
    }

    @Test
    void findsBoxFrameToTheLine() throws DigitizeException {
        // A 1 px black box whose lines cover columns 80 and 575, rows 58 and 427: centres 80.5 ... 427.5.
        RasterImage img = draw(640, 480, g -> {
            g.setColor(Color.BLACK);
            g.drawRect(80, 58, 495, 369);
        });
        PlotArea pa = detector.detect(img).area();
        assertEquals(80.5, pa.left(), 0.5);
        assertEquals(575.5, pa.right(), 0.5);
        assertEquals(58.5, pa.top(), 0.5);
        assertEquals(427.5, pa.bottom(), 0.5);
    }

    @Test
    void findsGreyPanelCrossedByWhiteGridLines() throws DigitizeException {
        RasterImage img = draw(800, 500, g -> {
            g.setColor(new Color(0xEB, 0xEB, 0xEB));
            g.fillRect(100, 40, 600, 380);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(3));
            for (int x = 150; x < 700; x += 100) {
                g.drawLine(x, 40, x, 419);
            }
            for (int y = 80; y < 420; y += 80) {
                g.drawLine(100, y, 699, y);
            }
        });
        PlotArea pa = detector.detect(img).area();
        assertEquals(PlotArea.FrameKind.PANEL, pa.frame());
        assertEquals(100, pa.left(), 1);
        assertEquals(700, pa.right(), 1);
        assertEquals(40, pa.top(), 1);
        assertEquals(420, pa.bottom(), 1);
    }

    @Test
    void measuresHiddenFrameFromBlurredTicks() throws DigitizeException {
        // matplotlib's ggplot style, blurred: a white frame 5/3 px wide centred on the grey
        // panel's edge (x = 80, y = 400; its centre 80.17 and 400.17 once drawn) hides the
        // panel's rim and the roots of black ticks drawn outward from the edge. Drawn at 3x,
        // shrunk by area and blurred: each bottom tick spreads back onto the row just past the
        // visible panel, so it seems to start there; its core is a row farther out.
        int s = 3;
        BufferedImage big = new BufferedImage(640 * s, 480 * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640 * s, 480 * s);
        g.setColor(new Color(0xE5, 0xE5, 0xE5));
        g.fillRect(80 * s, 50 * s, 480 * s, 350 * s);
        g.setColor(Color.BLACK);
        for (int y = 100; y < 400; y += 60) {
            g.fillRect(74 * s, y * s, 6 * s, s);
        }
        for (int x = 120; x < 560; x += 80) {
            g.fillRect(x * s, 400 * s, s, 6 * s);
        }
        g.setColor(Color.WHITE);
        int fw = 5, f0 = -2;
        g.fillRect(80 * s + f0, 50 * s + f0, fw, 350 * s + fw);
        g.fillRect(560 * s + f0, 50 * s + f0, fw, 350 * s + fw);
        g.fillRect(80 * s + f0, 50 * s + f0, 480 * s + fw, fw);
        g.fillRect(80 * s + f0, 400 * s + f0, 480 * s + fw, fw);
        for (int x = 160; x < 560; x += 80) {
            g.fillRect(x * s, 50 * s, s, 350 * s);
        }
        g.dispose();
        BufferedImage small = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = small.createGraphics();
        g2.drawImage(big.getScaledInstance(640, 480, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g2.dispose();
        float[] k = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < k.length; i++) {
            k[i] /= 16;
        }
        BufferedImage blurred = new java.awt.image.ConvolveOp(new java.awt.image.Kernel(3, 3, k),
                java.awt.image.ConvolveOp.EDGE_NO_OP, null).filter(small, null);
        PlotArea pa = detector.detect(ImageLoader.toRaster(blurred)).area();
        assertEquals(PlotArea.FrameKind.PANEL, pa.frame());
        assertEquals(80.17, pa.left(), 0.5);
        assertEquals(400.17, pa.bottom(), 0.5);
    }

    @Test
    void findsLeftAndBottomSpinesOnly() throws DigitizeException {
        RasterImage img = draw(600, 400, g -> {
            g.setColor(Color.BLACK);
            g.drawLine(60, 30, 60, 340);
            g.drawLine(60, 340, 560, 340);
        });
        PlotArea pa = detector.detect(img).area();
        assertEquals(60.5, pa.left(), 0.6);
        assertEquals(340.5, pa.bottom(), 0.6);
        assertEquals(30, pa.top(), 1.5);
        assertEquals(561, pa.right(), 1.5);
    }

    @Test
    void keepsTickLabelsSetAgainstFramelessGridLinesOutsideThePanel() throws DigitizeException {
        // ggplot2's theme_minimal: light grey grid lines and no axis lines, each y label ending
        // 2 px before its grid line starts (a gap the line's run bridges).
        RasterImage img = draw(640, 400, g -> {
            g.setColor(new Color(0xEB, 0xEB, 0xEB));
            for (int y = 60; y <= 360; y += 100) {
                g.drawLine(60, y, 619, y);
            }
            for (int x = 100; x <= 600; x += 100) {
                g.drawLine(x, 20, x, 379);
            }
            g.setColor(new Color(0x4D, 0x4D, 0x4D));
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
            java.awt.FontMetrics fm = g.getFontMetrics();
            for (int y = 60; y <= 360; y += 100) {
                String label = "1e-0" + (y / 100);
                g.drawString(label, 58 - fm.stringWidth(label), y + fm.getAscent() / 2 - 1);
            }
        });
        PlotArea pa = detector.detect(img).area();
        assertEquals(60, pa.left(), 1);
        assertEquals(620, pa.right(), 1);
    }

    @Test
    void refusesImageTooSmallForAChart() {
        RasterImage img = draw(1000, 1, g -> { });
        DigitizeException e = assertThrows(DigitizeException.class, () -> detector.detect(img));
        assertEquals(DigitizeException.Reason.NO_PLOT_AREA, e.reason());
    }

    @Test
    void refusesBlankPage() {
        RasterImage img = draw(640, 480, g -> { });
        DigitizeException e = assertThrows(DigitizeException.class, () -> detector.detect(img));
        assertEquals(DigitizeException.Reason.NO_PLOT_AREA, e.reason());
    }
}
