package io.github.chartdigitizer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.testsupport.ForgedPng;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLoaderTest {
    /** Largest per-channel error JPEG may add to a flat colour away from edges (quality 0.75). */
    private static final int JPEG_TOLERANCE = 8;

    private final ImageLoader loader = new ImageLoader(ImageLoader.Limits.DEFAULTS);

    @TempDir
    Path tmp;

    /** 40x30: left half #1f77b4 (tab:blue), right half #ff7f0e (tab:orange). */
    private static BufferedImage twoColours(int type) {
        BufferedImage img = new BufferedImage(40, 30, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1f77b4));
        g.fillRect(0, 0, 20, 30);
        g.setColor(new Color(0xff7f0e));
        g.fillRect(20, 0, 20, 30);
        g.dispose();
        return img;
    }

    private Path write(BufferedImage img, String format, String name) throws IOException {
        Path f = tmp.resolve(name);
        assertTrue(ImageIO.write(img, format, f.toFile()), "no ImageIO writer for " + format);
        return f;
    }

    @Test
    void loadsPngExactly() throws Exception {
        RasterImage r = loader.load(write(twoColours(BufferedImage.TYPE_INT_RGB), "png", "chart.png"));
        assertEquals(40, r.width());
        assertEquals(30, r.height());
        assertEquals(0x1f77b4, r.rgb(0, 0));
        assertEquals(0x1f77b4, r.rgb(19, 29));
        assertEquals(0xff7f0e, r.rgb(20, 0));
        assertEquals(0xff7f0e, r.rgb(39, 29));
    }

    @Test
    void loadsGreyPngAsGreyPixels() throws Exception {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(0, 0, 0, 0);
        img.getRaster().setSample(1, 0, 0, 0x7f);
        img.getRaster().setSample(2, 1, 0, 0xff);
        RasterImage r = loader.load(write(img, "png", "grey.png"));
        assertEquals(0x000000, r.rgb(0, 0));
        assertEquals(0x7f7f7f, r.rgb(1, 0));
        assertEquals(0xffffff, r.rgb(2, 1));
    }

    @Test
    void loadsJpeg() throws Exception {
        RasterImage r = loader.load(write(twoColours(BufferedImage.TYPE_INT_RGB), "jpg", "chart.jpg"));
        assertEquals(40, r.width());
        assertEquals(30, r.height());
        assertTrue(RasterImage.channelDistance(0x1f77b4, r.rgb(5, 15)) <= JPEG_TOLERANCE, RasterImage.hex(r.rgb(5, 15)));
        assertTrue(RasterImage.channelDistance(0xff7f0e, r.rgb(34, 15)) <= JPEG_TOLERANCE, RasterImage.hex(r.rgb(34, 15)));
    }

    @Test
    void compositesTransparentPngOverWhite() throws Exception {
        BufferedImage img = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0x00000000);   // fully transparent black
        img.setRGB(1, 0, 0x80ff0000);   // half-transparent red
        img.setRGB(2, 0, 0xff1f77b4);   // opaque blue
        img.setRGB(3, 0, 0x00123456);   // fully transparent colour
        RasterImage r = loader.load(write(img, "png", "alpha.png"));
        assertEquals(0xffffff, r.rgb(0, 0));
        // 255 * a + 255 * (1 - a) for red, 255 * (1 - a) for green and blue, a = 128/255.
        assertEquals(255, RasterImage.red(r.rgb(1, 0)));
        assertEquals(127, RasterImage.green(r.rgb(1, 0)), 1);
        assertEquals(127, RasterImage.blue(r.rgb(1, 0)), 1);
        assertEquals(0x1f77b4, r.rgb(2, 0));
        assertEquals(0xffffff, r.rgb(3, 0));
    }

    @Test
    void refusesHugeImageFromItsHeaderBeforeDecoding() throws Exception {
        // The pixel data is 4x4: decoding would fail as truncated (or, trusting the header,
        // allocate 6.4 GB). TOO_LARGE shows the size was checked first.
        Path f = ForgedPng.claimingSize(tmp.resolve("huge.png"), 40_000, 40_000);

        ImageLoadException e = assertThrows(ImageLoadException.class, () -> loader.load(f));
        assertEquals(ImageLoadException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("40000x40000"), e.getMessage());
    }
}
