package org.stemma.facts;

/**
 * The skeleton two spellings of a transliterated name share: Kiev and Kyiv, Junisbai and Yunisbai,
 * Lukashenka and Lukashenko differ only in vowels and the letters that stand for them across
 * transliterations (y, j, w), so each run of those becomes one placeholder. Short names keep their
 * letters: three consonants are too few to tell names apart.
 */
final class Spellings {

    private static final int MIN_SKELETON = 3;

    private Spellings() {
    }

    /** A name is compared by its last word: the surname, or the place. */
    static String lastWord(String folded) {
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }

    static String skeleton(String folded) {
        StringBuilder b = new StringBuilder();
        boolean vowel = false;
        int consonants = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiouyjw".indexOf(c) >= 0) {
                if (!vowel) {
                    b.append('*');
                }
                vowel = true;
            } else if (Character.isLetter(c)) {
                b.append(c);
                vowel = false;
                consonants++;
            } else {
                b.append(c);
                vowel = false;
            }
        }
        return consonants >= MIN_SKELETON - 1 && b.length() >= MIN_SKELETON && folded.length() >= 4 ? b.toString() : folded;
    }
}
