package org.stemma.corpus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a {@code String}: a byte-order mark wins, then strict UTF-8,
 * then ICU's statistical detector for legacy encodings. Line ends are kept as they are.
 */
public final class TextDecoder {

    /** The decoded text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableArticleException {
        if (bytes.length == 0) {
            throw new UnreadableArticleException("the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strictDecode(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strictDecode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strictDecode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableArticleException("the file is binary, not text");
        }
        String utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, StandardCharsets.UTF_8);
        }
        Charset legacy = detectLegacy(bytes);
        return checked(new String(bytes, legacy), legacy);
    }

    private static Decoded checked(String text, Charset charset) throws UnreadableArticleException {
        if (text == null) {
            throw new UnreadableArticleException("the file is not valid " + charset.name() + " text");
        }
        if (text.isBlank()) {
            throw new UnreadableArticleException("the file holds no text");
        }
        return new Decoded(text, charset);
    }

    /** NUL bytes or many control characters mean a binary file (UTF-16 without a BOM is not supported). */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static Charset detectLegacy(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.startsWith("UTF") || !Charset.isSupported(name)) {
                continue;
            }
            // ISO-8859-1 is what detectors report for Western text; Windows-1252 is its superset in practice.
            return name.equals("ISO-8859-1") ? WINDOWS_1252 : Charset.forName(name);
        }
        return WINDOWS_1252;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
