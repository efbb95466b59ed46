package org.stemma.align;

import org.stemma.model.EquivalentSpellings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /**
     * The rules as one short line, equal for rules that compare alike whatever the order of the spellings:
     * stored with what was computed under them (the claims' counterparts), to know later whether it still
     * follows the rules. The switches are spelled out; the spellings are a SHA-256 of their sorted groups.
     */
    public String fingerprint() {
        String switches = "ignoreCase=" + ignoreCase + ";ignorePunctuation=" + ignorePunctuation
                + ";numbersAsWords=" + numbersAsWords + ";equivalents=";
        if (equivalents.isEmpty()) {
            return switches + "none";
        }
        List<String> groups = equivalents.groups().stream()
                .map(g -> g.stream().sorted().collect(Collectors.joining("\u001f"))).sorted().toList();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001e", groups).getBytes(StandardCharsets.UTF_8));
            return switches + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
