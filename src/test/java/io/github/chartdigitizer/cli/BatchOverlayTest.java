package io.github.chartdigitizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chartdigitizer.testsupport.BadImages;
import io.github.chartdigitizer.testsupport.Truth;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchOverlayTest {
    @TempDir
    Path tmp;

    @Test
    void writesAnOverlayPerInputAlsoForAChartThatFails() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Truth.SAMPLES.resolve("l0_over_training_steps.png"), in.resolve("seed.png"));
        BadImages.chartWithBlottedLabels(in.resolve("blotted.png"));
        Files.createFile(in.resolve("empty.png"));
        Path out = tmp.resolve("out");

        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("batch", in.toString(), "-o", out.toString(), "--overlay", "--progress", "none", "-j", "1");

        assertEquals(ExitCodes.NO_CHART, code, err::toString);
        BufferedImage seed = ImageIO.read(out.resolve("seed.overlay.png").toFile());
        assertNotNull(seed, "seed overlay is a readable PNG");
        assertTrue(Files.exists(out.resolve("seed.json")));
        assertNotNull(ImageIO.read(out.resolve("blotted.overlay.png").toFile()), "overlay of a chart that failed");
        assertFalse(Files.exists(out.resolve("blotted.json")), "no data for a chart that failed");
        assertFalse(Files.exists(out.resolve("empty.overlay.png")), "no overlay for a file that is no image");
    }
}
