package org.stemma.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Letters that look like Latin letters, from the UTS #39 confusable data (ICU4J {@code SpoofChecker}).
 * The look-up is made on the letter as written, before any case folding: Cyrillic 'В' is confusable with
 * 'B', but its small form 'в' with no Latin small letter, so folding case first lost every such capital.
 * A small letter whose own skeleton is no Latin letter imitates what its capital imitates (Greek 'ε' and
 * 'κ' after 'Ε' and 'Κ'): a spinner picks it for the capital's look-alike all the same.
 */
public final class Lookalikes {

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.CONFUSABLE).build();
    /** Per code point: the ASCII letters it imitates, in their own case, or "" for none. */
    private static final ConcurrentHashMap<Integer, String> LATIN = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, String> STRICT = new ConcurrentHashMap<>();

    private Lookalikes() {
    }

    /**
     * The ASCII letters {@code codePoint} imitates, capital or small as they look ("B" for Cyrillic 'В',
     * "e" for Greek 'ε'), or "" when it imitates none (ASCII itself, accented letters, most letters).
     */
    public static String latin(int codePoint) {
        if (codePoint < 0x80) {
            return "";
        }
        return LATIN.computeIfAbsent(codePoint, cp -> {
            String own = strict(cp);
            if (!own.isEmpty() || !UCharacter.isLowerCase(cp)) {
                return own;
            }
            int capital = UCharacter.toUpperCase(cp);
            String viaCapital = capital == cp ? "" : strict(capital);
            return viaCapital.toLowerCase(java.util.Locale.ROOT);
        });
    }

    /**
     * What the confusable data itself says {@code codePoint} imitates: the ASCII letter with the same
     * skeleton, in the letter's own case where the data allows (Cyrillic 'І' and Latin 'I' and 'l' share
     * the skeleton "l": the capital imitates "I"); a skeleton of several ASCII letters stands as it is.
     */
    public static String strict(int codePoint) {
        if (codePoint < 0x80) {
            return "";
        }
        return STRICT.computeIfAbsent(codePoint, cp -> {
            String skeleton = SPOOF.getSkeleton(new String(Character.toChars(cp)));
            List<Character> twins = ASCII_BY_SKELETON.getOrDefault(skeleton, List.of());
            for (char twin : twins) {
                if (Character.isUpperCase(twin) == UCharacter.isUUppercase(cp)) {
                    return String.valueOf(twin);
                }
            }
            if (!twins.isEmpty()) {
                return String.valueOf(twins.get(0));
            }
            return isAsciiLetters(skeleton) ? skeleton : "";
        });
    }

    /** The ASCII letters by their skeleton: mostly themselves, but 'I' and 'l' share "l". */
    private static final Map<String, List<Character>> ASCII_BY_SKELETON = asciiBySkeleton();

    private static Map<String, List<Character>> asciiBySkeleton() {
        Map<String, List<Character>> out = new HashMap<>();
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                out.computeIfAbsent(SPOOF.getSkeleton(String.valueOf(c)), k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** The skeleton of a whole word when every letter of it strictly imitates Latin ones, else {@code null}. */
    public static String strictLatinWord(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.appendCodePoint(cp);
                continue;
            }
            String latin = strict(cp);
            if (latin.isEmpty()) {
                if (Character.isLetterOrDigit(cp)) {
                    return null;
                }
                out.appendCodePoint(cp);
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    static String toLatin(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            String latin = cp < 0x80 ? "" : latin(cp);
            if (!latin.isEmpty() && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (latin.isEmpty()) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(latin);
                }
            }
            i += len;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isAsciiLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
