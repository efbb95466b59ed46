package org.stemma.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file's first bytes say it is, whatever its name claims. */
final class Magic {

    enum Kind { PDF, ZIP, OLE, IMAGE, ARCHIVE, NONE }

    /** The kind, and a name for images and archives ("PNG image", "gzip archive"). */
    record Sniffed(Kind kind, String name) {
        static final Sniffed NONE = new Sniffed(Kind.NONE, null);
    }

    /** How many leading bytes {@link #identify} looks at. */
    static final int HEAD = 1024;

    private Magic() {
    }

    static Sniffed identify(byte[] head) {
        // PDF readers accept the header anywhere in the first kilobyte, and some producers put junk before it.
        if (indexOf(head, head.length, "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) {
            return new Sniffed(Kind.PDF, "PDF");
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04) || starts(head, 0x50, 0x4B, 0x05, 0x06)) {
            return new Sniffed(Kind.ZIP, "ZIP archive");
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Sniffed(Kind.OLE, "Microsoft Office 97-2003 file");
        }
        String image = image(head);
        if (image != null) {
            return new Sniffed(Kind.IMAGE, image + " image");
        }
        String archive = archive(head);
        return archive == null ? Sniffed.NONE : new Sniffed(Kind.ARCHIVE, archive + " archive");
    }

    /** Whether the text starts like an HTML page (after a BOM and white space). */
    static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<?xml") && start.contains("<html");
    }

    private static String image(byte[] h) {
        if (starts(h, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(h, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(h, 'R', 'I', 'F', 'F') && at(h, 8, 'W', 'E', 'B', 'P')) {
            return "WebP";
        }
        if (starts(h, 'I', 'I', 0x2A, 0x00) || starts(h, 'M', 'M', 0x00, 0x2A)) {
            return "TIFF";
        }
        if (at(h, 4, 'f', 't', 'y', 'p') && (at(h, 8, 'h', 'e', 'i', 'c') || at(h, 8, 'm', 'i', 'f', '1')
                || at(h, 8, 'a', 'v', 'i', 'f'))) {
            return "HEIC/AVIF";
        }
        if (starts(h, 'B', 'M') && h.length > 14 && (h[14] == 12 || h[14] == 40 || h[14] == 108 || h[14] == 124)) {
            return "BMP";
        }
        return null;
    }

    private static String archive(byte[] h) {
        if (starts(h, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (starts(h, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7-Zip";
        }
        if (starts(h, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "RAR";
        }
        if (starts(h, 'B', 'Z', 'h')) {
            return "bzip2";
        }
        if (starts(h, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return "xz";
        }
        if (starts(h, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "Zstandard";
        }
        if (at(h, 257, 'u', 's', 't', 'a', 'r')) {
            return "tar";
        }
        return null;
    }

    private static boolean starts(byte[] h, int... prefix) {
        return at(h, 0, prefix);
    }

    private static boolean at(byte[] h, int offset, int... bytes) {
        if (h.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code needle} first occurs in the first {@code length} bytes of {@code haystack}, or -1. */
    static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
