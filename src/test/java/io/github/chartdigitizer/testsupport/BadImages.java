package io.github.chartdigitizer.testsupport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

/** Inputs the digitizer must refuse, each for its own reason. */
public final class BadImages {
    /** Share of a file kept when cutting it short: the header survives, most pixel data does not. */
    private static final double KEEP = 0.4;

    private BadImages() {
    }

    /** The first 40% of {@code source}'s bytes. */
    public static Path truncated(Path source, Path file) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return Files.write(file, Arrays.copyOf(all, (int) (all.length * KEEP)));
    }

    /** {@code source} re-encoded as JPEG by ImageIO, then cut to its first 40%. */
    public static Path truncatedJpeg(Path source, Path file) throws IOException {
        BufferedImage img = ImageIO.read(source.toFile());
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(img, 0, 0, Color.WHITE, null);
        g.dispose();
        if (!ImageIO.write(rgb, "jpg", file.toFile())) {
            throw new IllegalStateException("no JPEG writer");
        }
        return truncated(file, file);
    }

    /** A plain white {@code w x h} PNG. */
    public static Path blank(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /**
     * Something like a blurry photo: smooth colour gradients under a few hundred soft,
     * semi-transparent ellipses of random colours. No axes, no text, no lines.
     */
    public static BufferedImage photo(int w, int h, Random rnd) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(rnd.nextInt(0xffffff)), w, h, new Color(rnd.nextInt(0xffffff))));
            g.fillRect(0, 0, w, h);
            for (int i = 0; i < 300; i++) {
                float cx = rnd.nextFloat() * w;
                float cy = rnd.nextFloat() * h;
                float rx = 10 + rnd.nextFloat() * 80;
                float ry = 10 + rnd.nextFloat() * 80;
                Color c = new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), 40 + rnd.nextInt(120));
                Color clear = new Color(c.getRed(), c.getGreen(), c.getBlue(), 0);
                // A unit-circle gradient stretched onto the ellipse: it fades out exactly at its edge.
                AffineTransform toEllipse = new AffineTransform(rx, 0, 0, ry, cx, cy);
                g.setPaint(new RadialGradientPaint(new Point2D.Float(0, 0), 1f, new Point2D.Float(0, 0),
                        new float[] {0f, 1f}, new Color[] {c, clear}, MultipleGradientPaint.CycleMethod.NO_CYCLE,
                        MultipleGradientPaint.ColorSpaceType.SRGB, toEllipse));
                g.fill(new Ellipse2D.Float(cx - rx, cy - ry, 2 * rx, 2 * ry));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** {@link #photo} written as PNG. */
    public static Path photo(Path file, long seed) throws IOException {
        ImageIO.write(photo(640, 480, new Random(seed)), "png", file.toFile());
        return file;
    }

    /**
     * A 640x480 line chart with a frame, tick marks and a blue line, whose tick labels are
     * solid ink blots of label size: a chart, but with nothing to calibrate its axes from.
     */
    public static Path chartWithBlottedLabels(Path file) throws IOException {
        int left = 80;
        int top = 50;
        int right = 590;
        int bottom = 420;
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 640, 480);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(left, top, right - left, bottom - top);
            for (int i = 0; i <= 5; i++) {
                int x = left + i * (right - left) / 5;
                g.drawLine(x, bottom, x, bottom + 5);
                g.fill(new Ellipse2D.Float(x - 11, bottom + 10, 22, 13));    // where "100" would be
                int y = bottom - i * (bottom - top) / 5;
                g.drawLine(left - 5, y, left, y);
                g.fill(new Ellipse2D.Float(left - 40, y - 6, 28, 13));
            }
            g.setColor(new Color(0x1f77b4));
            g.setStroke(new BasicStroke(2f));
            Path2D line = new Path2D.Double();
            for (int x = left + 1; x < right; x++) {
                double t = (x - left) / (double) (right - left);
                double y = bottom - 20 - (bottom - top - 40) * (0.5 + 0.4 * Math.sin(6 * t));
                if (x == left + 1) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            g.draw(line);
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
