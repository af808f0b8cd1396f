package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.testsupport.Truth;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digitize --overlay}, {@code --csv} and the confidence in the JSON, end to end. The seed
 * chart is digitized once with an overlay and JSON; the other tests reuse what it wrote.
 */
class OverlayCommandTest {
    private static final Path SEED = Truth.SAMPLES.resolve("l0_over_training_steps.png");

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static CliRun seedRun;
    private static Path seedOverlay;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void digitizeSeedWithOverlay() {
        seedOverlay = shared.resolve("seed.overlay.png");
        seedRun = run("digitize", SEED.toString(), "--no-titles", "--overlay", seedOverlay.toString());
    }

    @Test
    void writesOverlayOfTheSeedChartTheSizeOfTheImage() throws IOException {
        assertEquals(ExitCodes.OK, seedRun.exitCode(), seedRun::err);
        assertEquals("", seedRun.err(), "stderr");
        BufferedImage input = ImageIO.read(SEED.toFile());
        BufferedImage overlay = ImageIO.read(seedOverlay.toFile());
        assertEquals(input.getWidth(), overlay.getWidth());
        assertEquals(input.getHeight(), overlay.getHeight());
        // The plot area is drawn: along its right edge (x 576.5 in the truth) the overlay is not
        // the dimmed image.
        JsonNode area = new ObjectMapper().readTree(seedRun.out()).path("plotArea");
        int x = (int) Math.floor(area.path("right").asDouble());
        int y = (int) Math.round((area.path("top").asDouble() + area.path("bottom").asDouble()) / 2);
        assertNotEquals(dimmed(input.getRGB(x, y)), overlay.getRGB(x, y) & 0xffffff,
                "plot-area border drawn at " + x + "," + y);
    }

    /** A pixel as the overlay's background shows it: blended 60% towards white. */
    private static int dimmed(int rgb) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int v = (rgb >> shift) & 0xff;
            out |= (int) Math.round(v + (255 - v) * 0.6) << shift;
        }
        return out;
    }

    @Test
    void reportsConfidenceAtTheTopOnEachAxisAndSeries() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(seedRun.out());
        double chart = doc.path("confidence").asDouble(-1);
        assertTrue(chart >= 0.8 && chart <= 1, "chart confidence " + chart);
        for (String axis : new String[] {"x", "y"}) {
            JsonNode a = doc.path("axes").path(axis);
            assertTrue(a.path("confidence").isNumber(), axis + ": " + a);
            assertTrue(a.path("evidence").path("labelsUsed").asInt() >= 3, axis + ": " + a.path("evidence"));
            assertEquals(a.path("scale").asText().isEmpty(), false, "existing keys stay");
        }
        JsonNode s = doc.path("series").path(0);
        assertTrue(s.path("confidence").isNumber(), s::toString);
        assertTrue(s.path("evidence").has("xCoverage") && s.path("evidence").has("bridged")
                && s.path("evidence").has("thicknessConsistency"), s.path("evidence")::toString);
        assertTrue(doc.path("warnings").isArray());
    }

    @Test
    void writesOverlayWhenNoChartIsFound() throws IOException {
        Path image = tmp.resolve("letter.png");
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 18));
        g.drawString("Dear reader, no chart here.", 40, 200);
        g.dispose();
        ImageIO.write(img, "png", image.toFile());
        Path overlay = tmp.resolve("letter.overlay.png");
        CliRun r = run("digitize", image.toString(), "--overlay", overlay.toString());
        assertNotEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertEquals("", r.out(), "stdout");
        assertEquals(1, r.err().lines().count(), r::err);
        assertTrue(Files.exists(overlay), "overlay written although digitizing failed");
        BufferedImage back = ImageIO.read(overlay.toFile());
        assertEquals(640, back.getWidth());
        assertEquals(400, back.getHeight());
    }

    @Test
    void writesOverlayIntoAFolderUnderTheImageName() throws IOException {
        Path image = tmp.resolve("blank.png");
        BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", image.toFile());
        Path dir = Files.createDirectory(tmp.resolve("overlays"));
        CliRun r = run("digitize", image.toString(), "--overlay", dir.toString());
        assertNotEquals(ExitCodes.OK, r.exitCode());
        assertTrue(Files.exists(dir.resolve("blank" + OverlayOutput.SUFFIX)), "overlay in the folder");
    }

    @Test
    void csvIsAnAliasOfFormatCsv() {
        CliRun r = run("digitize", SEED.toString(), "--no-titles", "--csv", "--points", "3");
        assertEquals(ExitCodes.OK, r.exitCode(), r::err);
        assertTrue(r.out().startsWith("series,color,x,y\n"), r::out);
        assertEquals(4, r.out().lines().count(), r::out);
    }

    @Test
    void refusesCsvWithFormatJson() {
        CliRun r = run("digitize", SEED.toString(), "--csv", "--format", "json");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--csv"), r::err);
    }
}
