package org.stemma.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The form a word is matched by: what a reader would not see as a difference is folded away.
 * Compatibility forms, case and invisible characters go through NFKC_Casefold (which also drops default
 * ignorables such as zero-width spaces and soft hyphens); curly apostrophes become straight; and a
 * letter that only looks like a Latin letter (UTS #39 confusable, e.g. Cyrillic 'а') becomes that letter,
 * so a spun copy matches its source. The original text is never changed.
 */
public final class ComparisonForm {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.CONFUSABLE).build();
    /** Per code point: the ASCII letters it imitates, or the empty string when it imitates none. */
    private static final ConcurrentHashMap<Integer, String> LATIN_LOOKALIKE = new ConcurrentHashMap<>();

    private ComparisonForm() {
    }

    public static String of(CharSequence word) {
        if (isPlainAscii(word)) {
            return word.toString().toLowerCase(java.util.Locale.ROOT);
        }
        String folded = NFKC_CASEFOLD.normalize(word);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u2032') {
                out.append('\'');
            } else if (cp < 0x80) {
                out.appendCodePoint(cp);
            } else {
                String latin = latinLookalike(cp);
                if (latin.isEmpty()) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(latin);
                }
            }
        });
        return out.toString();
    }

    /**
     * The lower-case ASCII letters that {@code codePoint} is confusable with, or "" when it imitates none
     * (accented letters, most non-Latin letters).
     */
    public static String latinLookalike(int codePoint) {
        if (codePoint < 0x80) {
            return "";
        }
        return LATIN_LOOKALIKE.computeIfAbsent(codePoint, cp -> {
            String skeleton = SPOOF.getSkeleton(new String(Character.toChars(cp)));
            for (int i = 0; i < skeleton.length(); i++) {
                char c = skeleton.charAt(i);
                if (c >= 0x80 || !Character.isLetter(c)) {
                    return "";
                }
            }
            return skeleton.toLowerCase(java.util.Locale.ROOT);
        });
    }

    private static boolean isPlainAscii(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
