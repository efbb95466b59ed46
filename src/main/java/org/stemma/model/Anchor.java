package org.stemma.model;

import java.util.Objects;

/**
 * Where a claim sits in an article, described twice: by offsets, and by its text with the text around
 * it, so that it can be found again when the offsets no longer fit (see {@code claims.Reanchoring}).
 *
 * @param start  {@code String} index of the first character of the passage
 * @param end    {@code String} index just after its last character
 * @param exact  the passage itself
 * @param prefix up to {@link #CONTEXT} characters just before it
 * @param suffix up to {@link #CONTEXT} characters just after it
 */
public record Anchor(int start, int end, String exact, String prefix, String suffix) {

    /** Characters of context kept on each side: about six words, enough to tell duplicates apart. */
    public static final int CONTEXT = 40;

    public Anchor {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end <= start || exact.length() != end - start) {
            throw new IllegalArgumentException("an anchor needs a non-empty passage with matching offsets");
        }
    }

    /** The anchor of {@code text[start, end)}; offsets that do not fit the text are refused with the reason. */
    public static Anchor in(String text, int start, int end) {
        String problem = problem(text, start, end);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int from = Math.max(0, start - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new Anchor(start, end, text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }

    /** Why {@code [start, end)} cannot be a passage of {@code text}, or {@code null} when it can. */
    public static String problem(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return "offsets " + start + ".." + end + " do not select text in a document of "
                    + text.length() + " characters (need 0 <= start < end <= " + text.length() + ")";
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            return "offsets " + start + ".." + end + " cut a character in two (a surrogate pair)";
        }
        return null;
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
    }
}
