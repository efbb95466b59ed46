package org.stemma.platform;

import java.nio.file.Path;

/**
 * Keeps messages on one line whatever a file name holds: names are quoted, and line breaks, escape codes
 * and other control or direction-changing characters are shown as escapes ({@code \n}, {@code \x1B},
 * {@code \u202E}) instead of acting on the terminal or the status bar. Every message that names a file
 * or repeats what the user typed goes through here.
 */
public final class Messages {

    private Messages() {
    }

    /** The path in single quotes, escaped. */
    public static String quote(Path path) {
        return quote(String.valueOf(path));
    }

    /** The text in single quotes, escaped. */
    public static String quote(String text) {
        return "'" + oneLine(text) + "'";
    }

    /** The text with every character that would break the line or act on a terminal escaped. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return String.format("\\x%02X", (int) c);
        }
        if (c == '\u2028' || c == '\u2029' || isBidiControl(c)) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /** Marks that reorder what follows them on screen (the "Trojan Source" characters). */
    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
