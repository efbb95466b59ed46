package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.text.Sentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Copies made from real articles (the seeds) the way outlets make them: wire copies trimmed at the end,
 * excerpts, spun rewrites (thesaurus, reordered paragraphs, Cyrillic look-alikes), slips (a changed
 * number, a respelled name, a dropped word) that later copies inherit, and dated or undated headers.
 */
final class DerivedCorpus {

    private static final Map<String, String> THESAURUS = Map.ofEntries(
            Map.entry("important", "significant"), Map.entry("country", "nation"), Map.entry("said", "stated"),
            Map.entry("government", "administration"), Map.entry("also", "additionally"), Map.entry("however", "nevertheless"),
            Map.entry("support", "backing"), Map.entry("war", "conflict"), Map.entry("large", "big"),
            Map.entry("people", "individuals"), Map.entry("military", "armed"), Map.entry("again", "once more"),
            Map.entry("began", "started"), Map.entry("recently", "lately"), Map.entry("sent", "dispatched"),
            Map.entry("allies", "partners"), Map.entry("clear", "obvious"), Map.entry("official", "formal"),
            Map.entry("reason", "cause"), Map.entry("declared", "announced"), Map.entry("many", "numerous"),
            Map.entry("taken", "occurred"), Map.entry("city", "town"), Map.entry("threatening", "menacing"));
    private static final Map<Character, Character> LOOKALIKES = Map.of('a', '\u0430', 'e', '\u0435', 'o', '\u043E',
            'p', '\u0440', 'c', '\u0441');

    private DerivedCorpus() {
    }

    /** The article paragraphs of a seed (page furniture left out), one per element. */
    static List<String> paragraphs(Path seed) throws IOException {
        String text = Files.readString(seed);
        AnalyzedDocument doc = Analyzer.analyze(Document.of(seed.getFileName().toString(), seed.toString(), text));
        Set<Integer> article = new LinkedHashSet<>();
        for (Sentence s : doc.sentences()) {
            if (!s.boilerplate()) {
                article.add(s.paragraph());
            }
        }
        List<String> out = new ArrayList<>();
        for (int p : article) {
            out.add(doc.paragraphs().get(p).of(text));
        }
        return out;
    }

    /** An article as a file would hold it: headline, optional date line, paragraphs. */
    static String article(String headline, String date, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder(headline).append("\n\n");
        if (date != null) {
            sb.append(date).append("\n\n");
        }
        for (String p : paragraphs) {
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    /** The first {@code share} of the paragraphs: a wire copy cut to fit. */
    static List<String> trimmed(List<String> paragraphs, double share) {
        return new ArrayList<>(paragraphs.subList(0, Math.max(1, (int) Math.round(paragraphs.size() * share))));
    }

    /** The paragraphs from {@code from} (inclusive) to {@code to} (exclusive). */
    static List<String> excerpt(List<String> paragraphs, int from, int to) {
        return new ArrayList<>(paragraphs.subList(from, Math.min(to, paragraphs.size())));
    }

    /** The text with {@code from} replaced by {@code to} wherever it stands: a slip of the copyist. */
    static List<String> slip(List<String> paragraphs, String from, String to) {
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (String p : paragraphs) {
            found |= p.contains(from);
            out.add(p.replace(from, to));
        }
        if (!found) {
            throw new IllegalArgumentException("no \u201c" + from + "\u201d to change");
        }
        return out;
    }

    /**
     * A spun rewrite: words swapped for synonyms, neighbouring paragraphs exchanged, and a few words
     * disguised with Cyrillic look-alikes.
     */
    static List<String> spun(List<String> paragraphs, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        int disguised = 0;
        for (String p : paragraphs) {
            StringBuilder sb = new StringBuilder();
            for (String word : p.split(" ", -1)) {
                String bare = word.replaceAll("[^\\p{L}]", "");
                String synonym = THESAURUS.get(bare.toLowerCase(java.util.Locale.ROOT));
                if (synonym != null && random.nextDouble() < 0.8) {
                    word = word.replace(bare, Character.isUpperCase(bare.charAt(0))
                            ? Character.toUpperCase(synonym.charAt(0)) + synonym.substring(1) : synonym);
                } else if (bare.length() > 5 && disguised < 12 && random.nextDouble() < 0.15) {
                    word = disguise(word);
                    disguised++;
                }
                sb.append(sb.length() > 0 ? " " : "").append(word);
            }
            out.add(sb.toString());
        }
        for (int i = 1; i + 1 < out.size(); i += 4) {
            String t = out.get(i);
            out.set(i, out.get(i + 1));
            out.set(i + 1, t);
        }
        return out;
    }

    private static String disguise(String word) {
        for (int i = 1; i < word.length(); i++) {
            Character look = LOOKALIKES.get(word.charAt(i));
            if (look != null) {
                return word.substring(0, i) + look + word.substring(i + 1);
            }
        }
        return word;
    }

    /** Writes the articles as NAME.txt files in {@code dir}, in the order given. */
    static List<Path> write(Path dir, Map<String, String> articles) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, String> e : articles.entrySet()) {
            Path p = dir.resolve(e.getKey() + ".txt");
            Files.writeString(p, e.getValue());
            out.add(p);
        }
        return out;
    }
}
