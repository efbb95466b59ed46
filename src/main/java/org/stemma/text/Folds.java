package org.stemma.text;

import com.ibm.icu.text.Normalizer2;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalisation steps and the chains built of them (decision 0010). Each chain says what a reader
 * would not see as a difference for one purpose:
 * <ul>
 *     <li>{@link #STORED_TEXT}: the stored fingerprint ({@code store.ContentHash}); only what no reader sees
 *     at all (byte-order mark, composition, line ends, spaces at line ends);</li>
 *     <li>{@link #CONTENT}: the duplicate key ({@code importing.ContentKey}); the stored-text chain, then
 *     compatibility forms, case, invisible characters, typographic quotes and dashes, every run of space.
 *     Look-alike letters stay: a disguised copy is a different text;</li>
 *     <li>{@link #SHORT_TEXT}: titles and headlines compared with the page's lines; the content chain with
 *     punctuation as space;</li>
 *     <li>{@link #SHOWN_FIELD}: a metadata field as shown (title, outlet, byline, date);</li>
 *     <li>{@link #WORD}: the comparison form of one word ({@link ComparisonForm}); look-alikes folded to
 *     the Latin letter they imitate, before case folding, so capitals and small letters both fold;</li>
 *     <li>{@link #WORD_KEEPING_CASE}, {@link #PUNCTUATION_MARKS}, {@link #NUMBER_AS_DIGITS} and
 *     {@link #equivalents}: the comparison's difference rules (decision 1420), applied by the aligner on
 *     top of {@link #WORD} when the analyst asks for them.</li>
 * </ul>
 * Because {@link #CONTENT} starts with {@link #STORED_TEXT}, two texts with one stored fingerprint always
 * have one content key.
 */
public final class Folds {

    private static final Normalizer2 NFKC_CASEFOLD_NORMALIZER = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFKC_NORMALIZER = Normalizer2.getNFKCInstance();
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACE_AT_LINE_END = Pattern.compile("[ \\t\\u00A0]+\n");
    private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[\\p{P}\\s]+");

    private Folds() {
    }

    // ---- steps ----

    public static final Fold WITHOUT_BYTE_ORDER_MARK = s -> s.indexOf('\uFEFF') < 0 ? s : s.replace("\uFEFF", "");
    public static final Fold COMPOSED = s -> Normalizer.normalize(s, Normalizer.Form.NFC);
    public static final Fold LINE_ENDS = s -> LINE_BREAK.matcher(s).replaceAll("\n");
    public static final Fold NO_SPACE_AT_LINE_END = s -> SPACE_AT_LINE_END.matcher(s).replaceAll("\n");
    public static final Fold STRIPPED = String::strip;
    /** Compatibility forms, case, and default ignorables (zero-width spaces, soft hyphens) dropped. */
    public static final Fold COMPATIBILITY_AND_CASE = NFKC_CASEFOLD_NORMALIZER::normalize;
    public static final Fold COMPATIBILITY = NFKC_NORMALIZER::normalize;
    public static final Fold LOWER_CASE = s -> s.toLowerCase(Locale.ROOT);
    /** Curly apostrophes and primes become the straight apostrophe. */
    public static final Fold APOSTROPHES = s -> mapChars(s, false);
    /** Apostrophes, typographic quotes and dash variants become {@code ' " -}. */
    public static final Fold QUOTES_AND_DASHES = s -> mapChars(s, true);
    /** Every run of white space (no-break and zero-width spaces included) becomes one space; none at the ends. */
    public static final Fold ONE_SPACE = Folds::collapse;
    public static final Fold PUNCTUATION_AS_SPACE = s -> PUNCTUATION_OR_SPACE.matcher(s).replaceAll(" ");
    /** Invisible format characters (zero-width spaces and joiners, soft hyphens, BOM, bidi controls) go. */
    public static final Fold NO_INVISIBLES = Folds::withoutFormatCharacters;
    /** A letter that imitates a Latin letter becomes it (see {@link Lookalikes#latin(int)}). */
    public static final Fold LOOKALIKES_TO_LATIN = Lookalikes::toLatin;
    /** Only punctuation marks and symbols stay (no letters, digits or space of any kind). */
    public static final Fold MARKS_ONLY = Folds::marksOnly;
    /** A number in digits or words ("5,000", "five thousand") becomes its value in plain digits ("5000"). */
    public static final Fold NUMBER_AS_DIGITS = s -> {
        java.math.BigDecimal v = NumberWords.value(s);
        return v == null ? s : NumberWords.plain(v);
    };

    // ---- chains ----

    public static final Fold STORED_TEXT = Fold.chain(
            WITHOUT_BYTE_ORDER_MARK, COMPOSED, LINE_ENDS, NO_SPACE_AT_LINE_END, STRIPPED);
    public static final Fold CONTENT = Fold.chain(
            STORED_TEXT, COMPATIBILITY_AND_CASE, QUOTES_AND_DASHES, ONE_SPACE);
    public static final Fold SHORT_TEXT = Fold.chain(CONTENT, PUNCTUATION_AS_SPACE, ONE_SPACE);
    /** A metadata field as shown: no invisible characters, one plain space between words, none at the ends. */
    public static final Fold SHOWN_FIELD = Fold.chain(NO_INVISIBLES, ONE_SPACE);
    /** Lookalikes twice: before case folding (capitals), and after it for letters that folding made. */
    public static final Fold WORD = Fold.chain(
            LOOKALIKES_TO_LATIN, COMPATIBILITY_AND_CASE, LOOKALIKES_TO_LATIN, LOWER_CASE, APOSTROPHES);

    /** A word as {@link #WORD} folds it but for case: "Kyiv" and "KYIV" stay apart. */
    public static final Fold WORD_KEEPING_CASE = Fold.chain(
            NO_INVISIBLES, LOOKALIKES_TO_LATIN, COMPATIBILITY, APOSTROPHES);
    /** The punctuation between two words, as compared when punctuation counts: typographic variants folded. */
    public static final Fold PUNCTUATION_MARKS = Fold.chain(COMPATIBILITY, QUOTES_AND_DASHES, MARKS_ONLY);

    /**
     * A phrase of comparison forms (one space between words) that {@code canonical} names becomes the
     * form it names; any other phrase stays as it is. The user's equivalent spellings ("kiev" and "kyiv"
     * both to one form) are such a step.
     */
    public static Fold equivalents(java.util.Map<String, String> canonical) {
        java.util.Map<String, String> copy = java.util.Map.copyOf(canonical);
        return s -> copy.getOrDefault(s, s);
    }

    /** Space as the readers and fingerprints see it: Java white space, no-break spaces and the zero-width space. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    private static String withoutFormatCharacters(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean invisible = c >= 0x80 && Character.getType(c) == Character.FORMAT;
            if (invisible && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !invisible) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String marksOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp)
                        && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String mapChars(String s, boolean quotesAndDashes) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = switch (c) {
                case '’', '‘', 'ʼ', '′' -> '\'';
                case '‚', '‛', '`', '´' -> quotesAndDashes ? '\'' : c;
                case '“', '”', '„', '‟', '«', '»', '″' -> quotesAndDashes ? '"' : c;
                case '‐', '‑', '‒', '–', '—', '―', '−' -> quotesAndDashes ? '-' : c;
                default -> c;
            };
            if (m != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(m);
            }
        }
        return out == null ? s : out.toString();
    }
}
