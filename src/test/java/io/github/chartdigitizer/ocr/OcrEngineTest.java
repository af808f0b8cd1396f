package io.github.chartdigitizer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

class OcrEngineTest {
    /** "text" drawn black on white, 40 px type, as the text reader hands crops over. */
    private static GrayImage crop(String text) {
        BufferedImage bi = new BufferedImage(40 + 30 * text.length(), 80, BufferedImage.TYPE_BYTE_GRAY);
        var g = bi.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, bi.getWidth(), bi.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString(text, 20, 55);
        g.dispose();
        byte[] px = ((DataBufferByte) bi.getRaster().getDataBuffer()).getData();
        return new GrayImage(bi.getWidth(), bi.getHeight(), px.clone());
    }

    @Test
    void aRepeatedCropIsAnsweredWithoutReadingItAgain() {
        OcrEngine e = OcrEngine.forCurrentThread(ModelLocator.locate());
        long before = e.recognitions();
        OcrText first = e.read(crop("1000"), SegMode.LINE, "");
        OcrText again = e.read(crop("1000"), SegMode.LINE, "");   // equal pixels, another array
        assertEquals("1000", first.text());
        assertEquals(first, again);
        assertEquals(before + 1, e.recognitions());
        // Other pixels, or the same pixels read another way, are read.
        assertEquals("250", e.read(crop("250"), SegMode.LINE, "").text());
        e.read(crop("1000"), SegMode.WORD, "");
        assertEquals(before + 3, e.recognitions());
    }
}
