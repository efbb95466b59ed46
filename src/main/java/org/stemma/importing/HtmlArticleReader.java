package org.stemma.importing;

import org.stemma.text.SortedIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.corpus.MetadataExtractor;
import org.stemma.corpus.TextDecoder;
import org.stemma.corpus.UnreadableArticleException;
import org.stemma.importing.TextBlocks.Block;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved web page as an article: its main text (without the headline, which becomes the title)
 * and the metadata the page states. The page's JSON-LD {@code articleBody}, when there is one, checks
 * the extraction: it confirms the found text, trims what it does not contain, or replaces a wrong pick.
 */
final class HtmlArticleReader {

    /** A page with fewer words of article text than this has no article. */
    static final int MIN_WORDS = 20;
    /** A JSON-LD body shorter than this is a summary, not the article. */
    private static final int MIN_LD_WORDS = 50;
    /** A JSON-LD body this long is the article (or most of it), enough to correct the extraction. */
    private static final int FULL_LD_WORDS = 150;

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)|<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"']([a-z0-9_.:\\-]+)");

    private HtmlArticleReader() {
    }

    /** Reads the page; the deadline is checked between the stages, each of which is linear in the page. */
    static Document read(String name, String source, String html, ReadDeadline deadline) throws Refusal {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        deadline.check();
        Element body = page.body();
        List<String> runs = new ArrayList<>();
        for (Block b : TextBlocks.collect(body)) {
            if (b.chars() < 300) {
                runs.add(b.text());
            }
        }
        HtmlMetadata meta = HtmlMetadata.read(page, runs);
        deadline.check();
        PageCleaner.clean(body);
        List<Block> blocks = RepeatedItems.drop(TextBlocks.collect(body), body);
        deadline.check();
        List<String> paragraphs = texts(BlockFilter.keep(MainText.body(body, blocks), meta.title()));
        deadline.check();
        if (meta.articleBody() != null && Paragraphs.words(meta.articleBody()) >= MIN_LD_WORDS) {
            paragraphs = reconcile(paragraphs, blocks, meta.title(), meta.articleBody());
        }
        String text = ArticleFiles.checkShape(Paragraphs.join(paragraphs));
        if (Paragraphs.words(text) < MIN_WORDS) {
            throw new Refusal("the page holds no article text (only navigation, forms or short notices)");
        }
        Metadata metadata = new Metadata(meta.title(), meta.publisher(), meta.byline(), meta.date());
        if (meta.title() == null || meta.publisher() == null || meta.byline() == null || meta.date() == null) {
            Metadata fromText = MetadataExtractor.extract(text);
            metadata = new Metadata(
                    or(meta.title(), fromText.title()),
                    or(meta.publisher(), fromText.outlet()),
                    or(meta.byline(), fromText.byline()),
                    or(meta.date(), fromText.date()));
        }
        return new Document(name, source, text, metadata);
    }

    /**
     * Checks the extracted paragraphs against the page's own statement of its body. When the extraction
     * holds that body, it stands, less any long paragraph the body does not mention. A short statement is
     * a summary and changes nothing. A full one that the extraction misses picks the page's blocks it
     * contains; failing that, when the page shows next to no text (it is filled in by script), it is the
     * text.
     */
    private static List<String> reconcile(List<String> extracted, List<Block> blocks, String title, String declared) {
        long[] ld = Shingles.of(declared);
        if (ld.length == 0) {
            return extracted;
        }
        List<long[]> byParagraph = new ArrayList<>(extracted.size());
        int sharedWithLd = 0;
        int foundShingles = 0;
        for (String p : extracted) {
            long[] shingles = Shingles.of(p);
            byParagraph.add(shingles);
            sharedWithLd += SortedIds.shared(shingles, ld);
            foundShingles += shingles.length;
        }
        if (sharedWithLd >= 0.8 * ld.length) {
            if (ld.length < 0.7 * foundShingles) {
                return extracted;
            }
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < extracted.size(); i++) {
                String p = extracted.get(i);
                if (Paragraphs.words(p) < 8 || SortedIds.shared(byParagraph.get(i), ld) >= 0.2 * byParagraph.get(i).length) {
                    kept.add(p);
                }
            }
            return kept;
        }
        int foundWords = Paragraphs.words(String.join(" ", extracted));
        int declaredWords = Paragraphs.words(declared);
        if (declaredWords < FULL_LD_WORDS && foundWords >= MIN_WORDS) {
            return extracted;
        }
        Set<String> matched = new LinkedHashSet<>();
        for (Block b : BlockFilter.keep(blocks, title)) {
            long[] own = Shingles.of(b.text());
            if (Paragraphs.words(b.text()) >= Shingles.N && SortedIds.shared(own, ld) >= 0.5 * own.length) {
                matched.add(b.text());
            }
        }
        if (SortedIds.shared(ld, Shingles.of(String.join(" ", matched))) >= 0.6 * ld.length) {
            return new ArrayList<>(matched);
        }
        return foundWords < declaredWords / 2 ? declaredParagraphs(declared) : extracted;
    }

    private static List<String> declaredParagraphs(String declared) {
        List<String> own = new ArrayList<>();
        if (declared.indexOf('<') >= 0) {
            for (Block b : TextBlocks.collect(Jsoup.parseBodyFragment(declared).body())) {
                own.add(b.text());
            }
        } else {
            for (String line : declared.split("\\R")) {
                own.add(Paragraphs.collapse(line));
            }
        }
        return own;
    }

    private static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.text());
        }
        return out;
    }

    /** A byte-order mark, then valid UTF-8, then the charset the page declares, then ICU's guess. */
    static TextDecoder.Decoded decode(byte[] bytes) throws Refusal {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (UnreadableArticleException e) {
            throw new Refusal(e.getMessage());
        }
        String name = decoded.charset().name();
        if (name.startsWith("UTF")) {
            return decoded;
        }
        Matcher m = DECLARED_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            String declared = m.group(1) != null ? m.group(1) : m.group(2);
            try {
                Charset cs = Charset.forName(declared.equalsIgnoreCase("iso-8859-1") ? "windows-1252" : declared);
                if (!cs.name().startsWith("UTF")) {
                    return new TextDecoder.Decoded(new String(bytes, cs), cs);
                }
            } catch (IllegalArgumentException unsupported) {
                // An unknown or misspelt name: fall back on detection.
            }
        }
        return decoded;
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
