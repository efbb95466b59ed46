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

    @Test
    void utf8WithAFewInvalidBytesStaysUtf8WithThoseBytesReplaced() throws Exception {
        String article = "The Atlantic Council described this statement as “meaningful” — a café’s view. ".repeat(20);
        byte[] good = article.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        int cut = article.indexOf("café") + 3;
        int at = new String(article.substring(0, cut)).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, 0, bytes, 0, at);
        bytes[at] = (byte) 0x92;          // a Windows-1252 apostrophe pasted into UTF-8 text
        bytes[at + 1] = (byte) 0xFF;      // never valid in UTF-8
        bytes[at + 2] = (byte) 0xC3;      // a lead byte without its continuation
        System.arraycopy(good, at, bytes, at + 3, good.length - at);

        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(3, d.replaced());
        assertEquals(article.substring(0, cut) + "\uFFFD\uFFFD\uFFFD" + article.substring(cut), d.text());
        assertTrue(d.text().contains("“meaningful”"), "curly quotes are not mojibake");
        assertEquals("3 invalid byte sequences in the UTF-8 text shown as \uFFFD", d.note());
    }

    @Test
    void aValidReplacementCharacterInTheFileIsNotCountedAsDamage() throws Exception {
        byte[] text = "Unknown glyph \uFFFD here, “quoted” there ".repeat(5).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xE2;   // a curly quote cut off at the end of the file
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(1, d.replaced());
    }

    @Test
    void windows1252IsChosenOnlyWhenTheBytesLookLikeIt() throws Exception {
        String legacy = "Le président a déclaré que la réunion était “très importante” pour l’économie française.";
        TextDecoder.Decoded d = TextDecoder.decode(legacy.getBytes(Charset.forName("windows-1252")));
        assertEquals(Charset.forName("windows-1252"), d.charset());
        assertEquals(0, d.replaced());
        assertEquals(null, d.note());
        // One accented letter in ASCII text is one high byte: Windows-1252, not damaged UTF-8.
        String oneAccent = "The mayor of the town met the café owners on Tuesday to talk about the new square.";
        TextDecoder.Decoded single = TextDecoder.decode(oneAccent.getBytes(Charset.forName("windows-1252")));
        assertEquals(oneAccent, single.text());
        assertEquals(0, single.replaced());
    }

    @Test
    void cleanUtf8HasNothingToSay() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, d.replaced());
        assertEquals(null, d.note());
    }
}
