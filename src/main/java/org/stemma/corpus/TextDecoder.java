package org.stemma.corpus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a {@code String}: a byte-order mark wins, then strict UTF-8, then
 * UTF-8 with its few invalid bytes replaced by U+FFFD when the rest is plainly UTF-8 (a stray byte must
 * not turn every curly quote into mojibake), then ICU's statistical detector for legacy encodings. What
 * was replaced is counted, for the analyst to be told. Line ends are kept as they are.
 */
public final class TextDecoder {

    /**
     * The decoded text, the charset it was read with, and how many invalid byte sequences were replaced
     * by U+FFFD (0 for a clean file).
     */
    public record Decoded(String text, Charset charset, int replaced) {

        public Decoded(String text, Charset charset) {
            this(text, charset, 0);
        }

        /** What the analyst should know about the decoding, or {@code null} when there is nothing to say. */
        public String note() {
            return replaced == 0 ? null : String.format("%,d invalid byte sequence%s in the %s text shown as \uFFFD",
                    replaced, replaced == 1 ? "" : "s", charset.name());
        }
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
        Utf8Census census = Utf8Census.of(bytes);
        if (census.mostlyUtf8()) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            return checked(lenient, StandardCharsets.UTF_8, replacements(lenient, bytes));
        }
        Charset legacy = detectLegacy(bytes);
        return checked(new String(bytes, legacy), legacy);
    }

    /**
     * How the non-ASCII bytes of a file fall into UTF-8: {@code valid} multi-byte characters and
     * {@code invalid} bytes that start none.
     */
    record Utf8Census(int valid, int invalid) {

        /**
         * Whether the text is UTF-8 with some damage rather than a legacy encoding: in Windows-1252 text
         * an accented letter is one high byte between ASCII ones, which is almost never valid UTF-8, so a
         * legacy file has next to no valid sequences; a damaged UTF-8 file has more valid than invalid.
         */
        boolean mostlyUtf8() {
            return valid > 0 && invalid <= valid;
        }

        static Utf8Census of(byte[] bytes) {
            int valid = 0;
            int invalid = 0;
            int i = 0;
            while (i < bytes.length) {
                if (bytes[i] >= 0) {
                    i++;
                    continue;
                }
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    valid++;
                    i += length;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Census(valid, invalid);
        }

        /** The length of the valid UTF-8 sequence of two to four bytes at {@code i}, or 0. */
        private static int sequenceLength(byte[] bytes, int i) {
            int b = bytes[i] & 0xFF;
            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (need == 0 || i + need >= bytes.length) {
                return 0;
            }
            int cp = b & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return 0;
                }
                cp = cp << 6 | bytes[i + k] & 0x3F;
            }
            int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
            boolean ok = cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
            return ok ? need + 1 : 0;
        }
    }

    /** How many U+FFFD the lenient decoding put in that the bytes did not hold as valid U+FFFD. */
    private static int replacements(String decoded, byte[] bytes) {
        int inText = 0;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\uFFFD') {
                inText++;
            }
        }
        int inBytes = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                inBytes++;
            }
        }
        return inText - inBytes;
    }

    private static Decoded checked(String text, Charset charset) throws UnreadableArticleException {
        return checked(text, charset, 0);
    }

    private static Decoded checked(String text, Charset charset, int replaced) throws UnreadableArticleException {
        if (text == null) {
            throw new UnreadableArticleException("the file is not valid " + charset.name() + " text");
        }
        if (text.isBlank()) {
            throw new UnreadableArticleException("the file holds no text");
        }
        return new Decoded(text, charset, replaced);
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
