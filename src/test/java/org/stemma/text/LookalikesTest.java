package org.stemma.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import org.junit.jupiter.api.Test;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.findings.Homoglyph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Cyrillic and Greek letter that ICU's confusable data maps to Latin letters, and the small form of
 * every such capital, compares equal to the Latin letter it imitates, at the start of a capitalised word
 * and inside a word, and the disguise finding names that letter.
 */
class LookalikesTest {

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

    /**
     * Each confusable letter and the ASCII letters it imitates, as ICU's skeleton gives them: the ASCII
     * letter with the same skeleton, of the same case where there are two ('I' and 'l' share "l").
     */
    private static Map<Integer, String> confusables() {
        Map<String, List<String>> ascii = new LinkedHashMap<>();
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                ascii.computeIfAbsent(SPOOF.getSkeleton(String.valueOf(c)), k -> new ArrayList<>()).add(String.valueOf(c));
            }
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        UnicodeSet letters = new UnicodeSet("[[[:Script=Cyrillic:][:Script=Greek:]]&[:L:]]");
        for (UnicodeSet.EntryRange range : letters.ranges()) {
            for (int cp = range.codepoint; cp <= range.codepointEnd; cp++) {
                String skeleton = SPOOF.getSkeleton(new String(Character.toChars(cp)));
                boolean capital = UCharacter.isUUppercase(cp);
                List<String> twins = ascii.getOrDefault(skeleton, List.of());
                String twin = twins.stream().filter(t -> Character.isUpperCase(t.charAt(0)) == capital).findFirst()
                        .orElse(twins.isEmpty() ? null : twins.get(0));
                if (twin != null) {
                    out.put(cp, twin);
                } else if (skeleton.matches("[A-Za-z]+")) {
                    out.put(cp, skeleton);
                }
            }
        }
        return out;
    }

    /** The confusables and the small forms of the capital ones, which imitate the small Latin letter. */
    private static Map<Integer, String> confusablesInBothCases() {
        Map<Integer, String> all = new LinkedHashMap<>(confusables());
        for (Map.Entry<Integer, String> e : confusables().entrySet()) {
            int small = UCharacter.toLowerCase(e.getKey());
            if (small != e.getKey() && !all.containsKey(small)) {
                all.put(small, e.getValue().toLowerCase(Locale.ROOT));
            }
        }
        return all;
    }

    @Test
    void icuDataHoldsTheLettersTheIssueNamed() {
        Map<Integer, String> all = confusablesInBothCases();
        for (String letter : List.of("В", "К", "М", "Н", "Т", "Β", "Ε", "Η", "Κ", "Μ", "Ν", "Τ", "Χ", "Υ", "Ζ", "ε", "κ", "а", "о", "р")) {
            assertTrue(all.containsKey(letter.codePointAt(0)), letter);
        }
        assertTrue(all.size() > 60, "walked " + all.size());
    }

    @Test
    void everyLookalikeComparesEqualToItsLatinLetterAtTheStartOfAWordAndInside() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, String> e : confusablesInBothCases().entrySet()) {
            String letter = new String(Character.toChars(e.getKey()));
            String latin = e.getValue();
            for (String[] word : new String[][] {{letter + "oscow", latin + "oscow"}, {"Mos" + letter + "ow", "Mos" + latin + "ow"}}) {
                if (!ComparisonForm.of(word[0]).equals(ComparisonForm.of(word[1]))) {
                    wrong.add(describe(e.getKey()) + " in " + word[0] + " -> " + ComparisonForm.of(word[0]));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyLookalikeInALatinWordIsFoundAndNamesTheLetterItImitates() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, String> e : confusablesInBothCases().entrySet()) {
            String letter = new String(Character.toChars(e.getKey()));
            for (String word : List.of(letter + "oscow", "Mos" + letter + "ow")) {
                List<Homoglyph> found = Analyzer.analyze(Document.of("t", "", "The envoy left " + word + " today."))
                        .findings(Homoglyph.class);
                if (found.size() != 1 || !e.getValue().equals(found.get(0).imitates())) {
                    wrong.add(describe(e.getKey()) + " in " + word + ": "
                            + found.stream().map(Homoglyph::imitates).toList() + " expected " + e.getValue());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theIssuesExamplesFold() {
        assertEquals(ComparisonForm.of("The"), ComparisonForm.of("Тhe"));
        assertEquals(ComparisonForm.of("By"), ComparisonForm.of("Вy"));
        assertEquals(ComparisonForm.of("KGB"), ComparisonForm.of("ΚGB"));
        assertEquals(ComparisonForm.of("Moscow"), ComparisonForm.of("Μoscow"));
        assertEquals(ComparisonForm.of("television"), ComparisonForm.of("tεlevision"));
        assertEquals("e", Lookalikes.latin('ε'));
        assertEquals("k", Lookalikes.latin('κ'));
        assertEquals("B", Lookalikes.latin('В'));
        assertEquals("I", Lookalikes.latin('І'), "ICU gives Cyrillic І the skeleton of l; a capital imitates I");
        assertEquals(ComparisonForm.of("It"), ComparisonForm.of("Іt"));
        assertEquals(ComparisonForm.of("Iran"), ComparisonForm.of("Ιran"), "Greek capital iota");
    }

    @Test
    void accentedAndOtherLettersAreNotLookalikes() {
        assertEquals("", Lookalikes.latin('é'));
        assertEquals("", Lookalikes.latin('ж'));
        assertEquals("", Lookalikes.latin('λ'));
        assertEquals("", Lookalikes.latin('a'));
    }

    private static String describe(int cp) {
        return String.format("U+%04X %s", cp, UCharacter.getName(cp));
    }
}
