package org.stemma.align;

import org.stemma.model.EquivalentSpellings;

import java.util.Objects;

/**
 * What counts as a difference when two articles are compared, passed to {@link Aligner} as
 * java-diff-utils passes its options to the diff (decision 1420). The defaults are Stemma's comparison as
 * it always was: case and punctuation do not count, numbers and spellings are compared as written.
 * Differences that the rules below make equal are reported as {@link Change.Kind#EQUIVALENT}, not as
 * changes, and a passage that differs only by them is {@link AlignedPair.Kind#EQUIVALENT}.
 *
 * @param ignoreCase        "Kyiv" and "KYIV" are the same word (when false they are a change)
 * @param ignorePunctuation the marks between words do not count (when false a changed comma is a change)
 * @param numbersAsWords    a number in words equals the same number in digits ("five thousand" = "5,000")
 * @param equivalents       spellings the analyst declared the same (Kiev = Kyiv)
 */
public record CompareOptions(boolean ignoreCase, boolean ignorePunctuation, boolean numbersAsWords,
                             EquivalentSpellings equivalents) {

    public static final CompareOptions DEFAULT = new CompareOptions(true, true, false, EquivalentSpellings.NONE);

    public CompareOptions {
        Objects.requireNonNull(equivalents, "equivalents");
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public CompareOptions withIgnoreCase(boolean on) {
        return new CompareOptions(on, ignorePunctuation, numbersAsWords, equivalents);
    }

    public CompareOptions withIgnorePunctuation(boolean on) {
        return new CompareOptions(ignoreCase, on, numbersAsWords, equivalents);
    }

    public CompareOptions withNumbersAsWords(boolean on) {
        return new CompareOptions(ignoreCase, ignorePunctuation, on, equivalents);
    }

    public CompareOptions withEquivalents(EquivalentSpellings spellings) {
        return new CompareOptions(ignoreCase, ignorePunctuation, numbersAsWords, spellings);
    }
}
