package io.github.chartdigitizer.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** PNG files whose header lies, for testing what is checked before decoding. */
public final class ForgedPng {
    /** Offset of the IHDR chunk type: after the 8-byte signature and the 4-byte chunk length. */
    private static final int IHDR_TYPE = 12;
    /** IHDR data: width and height (4 bytes each, big-endian), then 5 bytes of format. */
    private static final int IHDR_DATA = 16;
    private static final int IHDR_DATA_LENGTH = 13;
    /** The chunk CRC, over type and data. */
    private static final int IHDR_CRC = IHDR_DATA + IHDR_DATA_LENGTH;

    private ForgedPng() {
    }

    /**
     * Writes a valid 4x4 PNG, then patches its IHDR to claim {@code width x height} and fixes
     * the chunk CRC, so the header parses but the pixel data is only 4x4.
     */
    public static Path claimingSize(Path file, int width, int height) throws IOException {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        byte[] png = Files.readAllBytes(file);
        if (!"IHDR".equals(new String(png, IHDR_TYPE, 4, StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("IHDR is not the first chunk of " + file);
        }
        ByteBuffer buf = ByteBuffer.wrap(png);
        buf.putInt(IHDR_DATA, width).putInt(IHDR_DATA + 4, height);
        CRC32 crc = new CRC32();
        crc.update(png, IHDR_TYPE, 4 + IHDR_DATA_LENGTH);
        buf.putInt(IHDR_CRC, (int) crc.getValue());
        return Files.write(file, png);
    }
}
