package org.stemma.align;

import org.stemma.Seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A long pair made from the sample corpus, for timing by hand (never in the test suite): the left article
 * is seed sentences, each made unique by an inserted "itemN" and about one word in four swapped for another
 * word of the seeds (else a sentence's word triples recur all over the text and the line counts as page
 * furniture, repeated in the page); the right one a copy with synonyms, dropped words and sentences,
 * paragraphs moved a little, Cyrillic letters and zero-width spaces. The same seed gives the same text,
 * and a shorter pair is the start of a longer one, so sizes compare like for like.
 */
public final class LargePair {

    /** The two texts; the right one is about 88 % of the left one's length. */
    public record Texts(String left, String right) {
    }

    private static final Map<String, String> SYNONYMS = Map.of("said", "stated", "country", "nation", "war", "conflict",
            "people", "individuals", "meaningful", "important", "began", "started", "show", "display");

    private LargePair() {
    }

    /** A pair whose left text has at least {@code leftChars} characters. */
    public static Texts generate(int leftChars) throws IOException {
        List<String> sentences = seedSentences();
        List<String> vocabulary = sentences.stream().flatMap(s -> Stream.of(s.split(" ")))
                .filter(w -> w.matches("\\p{L}+")).toList();
        Random random = new Random(7);
        StringBuilder left = new StringBuilder("A long generated article\n\n");
        List<String> right = new ArrayList<>();
        for (int n = 0; left.length() < leftChars; ) {
            StringBuilder lp = new StringBuilder();
            StringBuilder rp = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                List<String> words = new ArrayList<>(List.of(sentences.get(random.nextInt(sentences.size())).split(" ")));
                for (int i = 0; i < words.size(); i++) {
                    if (random.nextInt(4) == 0 && words.get(i).matches("\\p{L}+")) {
                        words.set(i, vocabulary.get(random.nextInt(vocabulary.size())));
                    }
                }
                words.add(random.nextInt(words.size()), "item" + (++n));
                lp.append(lp.length() > 0 ? " " : "").append(String.join(" ", words));
                words.replaceAll(w -> SYNONYMS.getOrDefault(w, w));
                if (random.nextInt(10) < 3) {
                    words.remove(random.nextInt(words.size()));
                }
                if (random.nextInt(20) == 0) {
                    words.replaceAll(w -> w.startsWith("K") ? w.replaceFirst("a", "\u0430") : w);
                }
                if (random.nextInt(50) == 0) {
                    words.add(2, "sp\u200Bin");
                }
                if (random.nextInt(12) > 0) {
                    rp.append(rp.length() > 0 ? " " : "").append(String.join(" ", words));
                }
            }
            left.append(lp).append("\n\n");
            if (random.nextInt(10) == 0) {
                left.append("READ MORE: Putin humiliated as satellite pics show tanks wiped out\n\n");
            }
            if (!rp.isEmpty()) {
                right.add(random.nextInt(20) == 0 && right.size() > 3 ? right.size() - 3 : right.size(), rp.toString());
            }
        }
        return new Texts(left.toString(), "A long generated copy\n\n" + String.join("\n\n", right));
    }

    /** Writes {@code NAME-left.txt} and {@code NAME-right.txt} into {@code dir}. */
    public static List<Path> write(Path dir, String name, int leftChars) throws IOException {
        Texts texts = generate(leftChars);
        Files.createDirectories(dir);
        return List.of(Files.writeString(dir.resolve(name + "-left.txt"), texts.left()),
                Files.writeString(dir.resolve(name + "-right.txt"), texts.right()));
    }

    /** Sentences of six words or more from the seeds, in file order. */
    private static List<String> seedSentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String name : Seeds.ALL) {
            for (String line : Files.readString(Seeds.path(name)).split("\n")) {
                for (String s : line.strip().split("(?<=[.!?])\\s+")) {
                    if (s.split(" ").length >= 6) {
                        sentences.add(s);
                    }
                }
            }
        }
        return sentences;
    }
}
