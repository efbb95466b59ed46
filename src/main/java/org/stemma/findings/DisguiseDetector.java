package org.stemma.findings;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import org.stemma.text.ComparisonForm;
import org.stemma.text.Lookalikes;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what hides a copy from a plagiarism check (decision 0011): letters of one script planted in a
 * word of another (homoglyphs), whole words of another script that read as a Latin word in a Latin
 * sentence ("а" for the article), and invisible characters. An English possessive or suffix on a
 * foreign-script name ("Путин’s") is how such names are written, and a real Russian or Greek word is
 * ordinary text: its letters do not all imitate Latin ones, or its neighbours are in its own script.
 */
public final class DisguiseDetector {

    /** Longest foreign word taken as a disguise without the Latin word it imitates appearing elsewhere. */
    private static final int SHORT_WORD = 2;

    private DisguiseDetector() {
    }

    public static List<Finding> detect(String text, List<Token> words) {
        List<Finding> findings = new ArrayList<>();
        int[] documentScripts = null;
        Set<String> latinWords = null;
        int[] wordScripts = new int[words.size()];
        for (int w = 0; w < words.size(); w++) {
            wordScripts[w] = singleScript(text, words.get(w).start(), words.get(w).end());
        }
        for (int w = 0; w < words.size(); w++) {
            Token word = words.get(w);
            if (wordScripts[w] == MIXED) {
                if (documentScripts == null) {
                    documentScripts = scriptCounts(text, words);
                }
                mixedWord(text, word, documentScripts, findings);
            } else if (wordScripts[w] >= 0 && wordScripts[w] != UScript.LATIN && inLatinRun(wordScripts, w)) {
                String skeleton = Lookalikes.strictLatinWord(text.substring(word.start(), word.end()));
                if (skeleton == null) {
                    continue;
                }
                if (latinWords == null) {
                    latinWords = latinWords(text, words, wordScripts);
                }
                if (skeleton.length() <= SHORT_WORD || latinWords.contains(ComparisonForm.of(skeleton))) {
                    letters(text, word, word.start(), word.end(), -1, findings);
                }
            }
        }
        invisibles(text, findings);
        findings.sort((a, b) -> a.span().compareTo(b.span()));
        return findings;
    }

    private static final int MIXED = -2;

    /** The one script of the letters in {@code [from, to)}, -1 for none, {@link #MIXED} for several. */
    private static int singleScript(String text, int from, int to) {
        int first = -1;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int script = letterScript(cp);
            if (script >= 0 && first >= 0 && script != first) {
                return MIXED;
            }
            first = first < 0 ? script : first;
            i += Character.charCount(cp);
        }
        return first;
    }

    /**
     * The word's neighbours with letters, on each side where there is one, are Latin script, or mix
     * scripts (a disguised Latin word next to it: "lоses а partner").
     */
    private static boolean inLatinRun(int[] scripts, int w) {
        int before = w - 1;
        while (before >= 0 && scripts[before] == -1) {
            before--;
        }
        int after = w + 1;
        while (after < scripts.length && scripts[after] == -1) {
            after++;
        }
        boolean hasBefore = before >= 0;
        boolean hasAfter = after < scripts.length;
        return (hasBefore || hasAfter)
                && (!hasBefore || scripts[before] == UScript.LATIN || scripts[before] == MIXED)
                && (!hasAfter || scripts[after] == UScript.LATIN || scripts[after] == MIXED);
    }

    private static Set<String> latinWords(String text, List<Token> words, int[] scripts) {
        Set<String> out = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            if (scripts[w] == UScript.LATIN) {
                out.add(words.get(w).form());
            }
        }
        return out;
    }

    /**
     * A word of several scripts, piece by piece between apostrophes: a Latin suffix after a foreign stem
     * ("Путин’s") is English, but a piece that mixes scripts, or a foreign suffix imitating Latin letters
     * after a Latin stem ("Putin’ѕ"), is a disguise.
     */
    private static void mixedWord(String text, Token word, int[] documentScripts, List<Finding> out) {
        int stemScript = -1;
        int from = word.start();
        for (int i = word.start(); i <= word.end(); ) {
            int cp = i < word.end() ? text.codePointAt(i) : '\'';
            if (i == word.end() || isApostrophe(cp)) {
                int script = singleScript(text, from, i);
                if (script == MIXED) {
                    letters(text, word, from, i, dominant(text, from, i, documentScripts), out);
                } else if (script >= 0 && stemScript < 0) {
                    stemScript = script;
                } else if (script >= 0 && script != stemScript && stemScript == UScript.LATIN
                        && Lookalikes.strictLatinWord(text.substring(from, i)) != null) {
                    letters(text, word, from, i, UScript.LATIN, out);
                }
                from = i + Character.charCount(cp);
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    private static int dominant(String text, int from, int to, int[] documentScripts) {
        Map<Integer, Integer> scripts = new HashMap<>();
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int script = letterScript(cp);
            if (script >= 0) {
                scripts.merge(script, 1, Integer::sum);
            }
            i += Character.charCount(cp);
        }
        return scripts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(documentScripts[a.getKey()], documentScripts[b.getKey()])
                        : Integer.compare(a.getValue(), b.getValue()))
                .orElseThrow().getKey();
    }

    /** Every letter in {@code [from, to)} not of script {@code dominant} (-1: not Latin) is a homoglyph. */
    private static void letters(String text, Token word, int from, int to, int dominant, List<Finding> out) {
        String wordText = text.substring(word.start(), word.end());
        boolean latinWord = dominant == UScript.LATIN || dominant == -1;
        int keep = dominant == -1 ? UScript.LATIN : dominant;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int script = letterScript(cp);
            int len = Character.charCount(cp);
            if (script >= 0 && script != keep) {
                String imitates = latinWord ? Lookalikes.latin(cp) : "";
                out.add(new Homoglyph(new Span(i, i + len), text.substring(i, i + len),
                        Finding.codePointLabel(cp), imitates.isEmpty() ? null : imitates, wordText));
            }
            i += len;
        }
    }

    /** Format characters (zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi controls). */
    private static void invisibles(String text, List<Finding> out) {
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) < 0x80) { // no format character is ASCII
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isInvisible(cp) && !joinsEmoji(text, cp, i, len)) {
                out.add(new Invisible(new Span(i, i + len), text.substring(i, i + len),
                        Finding.codePointLabel(cp), UCharacter.getName(cp)));
            }
            i += len;
        }
    }

    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x180E;
    }

    /** A zero-width joiner or variation selector inside an emoji sequence is how emoji are written. */
    private static boolean joinsEmoji(String text, int cp, int at, int len) {
        if (cp != 0x200D || at == 0 || at + len >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        if (before == 0xFE0F && at - 1 > 0) {
            before = text.codePointBefore(at - 1);
        }
        return UCharacter.hasBinaryProperty(before, UProperty.EXTENDED_PICTOGRAPHIC)
                && UCharacter.hasBinaryProperty(text.codePointAt(at + len), UProperty.EXTENDED_PICTOGRAPHIC);
    }

    /** The script of a letter, with the scripts that Japanese and Korean mix in one word counted as one. */
    private static int letterScript(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' ? UScript.LATIN : -1;
        }
        if (!Character.isLetter(cp)) {
            return -1;
        }
        int script = UScript.getScript(cp);
        return switch (script) {
            case UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> -1;
            case UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL, UScript.BOPOMOFO -> UScript.HAN;
            default -> script;
        };
    }

    private static int[] scriptCounts(String text, List<Token> words) {
        int[] counts = new int[UScript.CODE_LIMIT];
        for (Token word : words) {
            for (int i = word.start(); i < word.end(); ) {
                int cp = text.codePointAt(i);
                int script = letterScript(cp);
                if (script >= 0) {
                    counts[script]++;
                }
                i += Character.charCount(cp);
            }
        }
        return counts;
    }
}
