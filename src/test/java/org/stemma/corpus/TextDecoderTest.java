package org.stemma.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private static final String TEXT = "The Atlantic Council called it “meaningful” — café, naïve.\r\nSecond line\rThird";

    @Test
    void utf8WithoutBomKeepsTextAndLineEnds() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void utf8BomIsRemoved() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(TEXT, TextDecoder.decode(bytes).text());
    }

    @Test
    void utf16WithBomInBothByteOrders() throws Exception {
        // Java's "UTF-16" encoder writes a big-endian BOM.
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)).text());
        byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(TEXT, TextDecoder.decode(withBom).text());
    }

    @Test
    void windows1252IsDetectedNotMangled() throws Exception {
        String legacy = "Le président a déclaré que la réunion était “très importante” pour l’économie française. "
                + "Les négociations reprendront après l’été, a-t-il précisé.";
        TextDecoder.Decoded d = TextDecoder.decode(legacy.getBytes(Charset.forName("windows-1252")));
        assertEquals(legacy, d.text());
    }

    @Test
    void emptyAndBinaryAreRefused() {
        UnreadableArticleException empty = assertThrows(UnreadableArticleException.class, () -> TextDecoder.decode(new byte[0]));
        assertTrue(empty.getMessage().contains("empty"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        UnreadableArticleException binary = assertThrows(UnreadableArticleException.class, () -> TextDecoder.decode(png));
        assertTrue(binary.getMessage().contains("binary"));
    }

    @Test
    void whitespaceOnlyIsRefused() {
        assertThrows(UnreadableArticleException.class, () -> TextDecoder.decode(" \n\n\t ".getBytes(StandardCharsets.UTF_8)));
    }
}
