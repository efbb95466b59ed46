package org.stemma.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a hyphen at the end of a PDF line is, from the document's own words, without a
 * dictionary (decision 0013): a word the typesetter broke ("govern-" / "ment") is joined; a hyphenated
 * compound that happens to break at its hyphen ("so-" / "called") keeps it. Evidence in order: the
 * joined word written elsewhere in the document, then the hyphenated form written elsewhere, then both
 * halves standing elsewhere as words of their own (a compound); with none of these the break is taken
 * for the typesetter's, the common case in justified text.
 */
final class LineEndHyphens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+(?:[-‐][\\p{L}\\p{M}\\d]+)*");
    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    /** The vocabulary of {@code lines}, leaving out the halves of words broken at a line end. */
    LineEndHyphens(List<String> lines) {
        boolean previousBroken = false;
        for (String line : lines) {
            boolean broken = endsInHyphen(line);
            Matcher m = WORD.matcher(line);
            boolean first = true;
            while (m.find()) {
                boolean last = m.end() >= line.length() - 1 && broken;
                if (!(first && previousBroken) && !last) {
                    add(m.group());
                }
                first = false;
            }
            previousBroken = broken;
        }
    }

    private void add(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('‐', '-');
        if (w.indexOf('-') >= 0) {
            compounds.add(w);
            for (String part : w.split("-")) {
                words.add(part);
            }
        } else {
            words.add(w);
        }
    }

    /** A hyphen after a letter or digit ends the line: "govern-", "so-". */
    static boolean endsInHyphen(CharSequence line) {
        int n = line.length();
        return n > 1 && (line.charAt(n - 1) == '-' || line.charAt(n - 1) == '‐')
                && Character.isLetterOrDigit(line.charAt(n - 2));
    }

    /**
     * Whether the word ending {@code before} (without its hyphen) and the word starting {@code after} are
     * one word broken by the typesetter.
     */
    boolean joins(String before, String after) {
        String head = lastWord(before).toLowerCase(Locale.ROOT);
        String tail = firstWord(after).toLowerCase(Locale.ROOT);
        if (head.isEmpty() || tail.isEmpty() || !Character.isLowerCase(after.codePointAt(0))) {
            return false;
        }
        if (words.contains(head + tail)) {
            return true;
        }
        if (compounds.contains(head + "-" + tail)) {
            return false;
        }
        return !(words.contains(head) && words.contains(tail));
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
