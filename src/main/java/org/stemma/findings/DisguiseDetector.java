package org.stemma.findings;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import org.stemma.text.ComparisonForm;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what hides a copy from a plagiarism check: letters of one script planted in a word of another
 * (homoglyphs) and invisible characters. A word written wholly in one script is ordinary text, whatever
 * the script.
 */
public final class DisguiseDetector {

    private DisguiseDetector() {
    }

    public static List<Finding> detect(String text, List<Token> words) {
        List<Finding> findings = new ArrayList<>();
        int[] documentScripts = null;
        for (Token word : words) {
            if (mixesScripts(text, word)) {
                if (documentScripts == null) {
                    documentScripts = scriptCounts(text, words);
                }
                homoglyphs(text, word, documentScripts, findings);
            }
        }
        invisibles(text, findings);
        findings.sort((a, b) -> a.span().compareTo(b.span()));
        return findings;
    }

    /** A quick test that lets most words skip the counting below: letters of more than one script. */
    private static boolean mixesScripts(String text, Token word) {
        int first = -1;
        for (int i = word.start(); i < word.end(); ) {
            int cp = text.codePointAt(i);
            int script = letterScript(cp);
            if (script >= 0 && first >= 0 && script != first) {
                return true;
            }
            first = first < 0 ? script : first;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static void homoglyphs(String text, Token word, int[] documentScripts, List<Finding> out) {
        Map<Integer, Integer> scripts = new HashMap<>();
        for (int i = word.start(); i < word.end(); ) {
            int cp = text.codePointAt(i);
            int script = letterScript(cp);
            if (script >= 0) {
                scripts.merge(script, 1, Integer::sum);
            }
            i += Character.charCount(cp);
        }
        int dominant = scripts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(documentScripts[a.getKey()], documentScripts[b.getKey()])
                        : Integer.compare(a.getValue(), b.getValue()))
                .orElseThrow().getKey();
        String wordText = text.substring(word.start(), word.end());
        for (int i = word.start(); i < word.end(); ) {
            int cp = text.codePointAt(i);
            int script = letterScript(cp);
            int len = Character.charCount(cp);
            if (script >= 0 && script != dominant) {
                String imitates = dominant == UScript.LATIN ? ComparisonForm.latinLookalike(cp) : "";
                if (!imitates.isEmpty() && Character.isUpperCase(cp)) {
                    imitates = imitates.toUpperCase(java.util.Locale.ROOT);
                }
                out.add(new Finding(Finding.Type.HOMOGLYPH, new Span(i, i + len), text.substring(i, i + len),
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
                out.add(new Finding(Finding.Type.INVISIBLE, new Span(i, i + len), text.substring(i, i + len),
                        Finding.codePointLabel(cp), null, UCharacter.getName(cp)));
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
