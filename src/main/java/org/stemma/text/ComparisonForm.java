package org.stemma.text;

/**
 * The form a word is matched by: what a reader would not see as a difference is folded away, by the
 * {@link Folds#WORD} chain. A letter that only looks like a Latin letter (UTS #39 confusable, e.g. Cyrillic
 * 'а' or capital 'В') becomes that letter, before case folding so that capitals fold too; then
 * compatibility forms, case and invisible characters go (NFKC_Casefold), and curly apostrophes become
 * straight. So a spun copy matches its source. The original text is never changed.
 */
public final class ComparisonForm {

    private ComparisonForm() {
    }

    public static String of(CharSequence word) {
        String s = word.toString();
        return isPlainAscii(s) ? s.toLowerCase(java.util.Locale.ROOT) : Folds.WORD.apply(s);
    }

    /**
     * The lower-case ASCII letters that {@code codePoint} is confusable with, or "" when it imitates none
     * (accented letters, most non-Latin letters). See {@link Lookalikes#latin(int)} for the case as written.
     */
    public static String latinLookalike(int codePoint) {
        return Lookalikes.latin(codePoint).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
